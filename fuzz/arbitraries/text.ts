import fc from 'fast-check';
import type { Block } from '../../lib/shared/policy-text';

/**
 * Random policy-like text: cue words of the three rule languages, abbreviations that fool
 * sentence splitters, numbers and durations, dates, punctuation runs and arbitrary Unicode
 * (lone surrogates, RTL marks, zero-width spaces, combining marks).
 */
const PIECES = [
  'We',
  'collect',
  'your',
  'personal data',
  'email address',
  'IP address',
  'cookies',
  'for marketing purposes',
  'with our partners',
  'legitimate interest',
  'consent',
  'contract',
  'retain',
  'for 14 months',
  'no longer than 3 years',
  'as long as necessary',
  'children under 16',
  'right of access',
  'erasure',
  'portability',
  'object',
  'complaint',
  'supervisory authority',
  'CNIL',
  'transfer',
  'outside the EU',
  'standard contractual clauses',
  'HTTPS',
  'pseudonymised',
  'Nous collectons',
  'vos données',
  'durée de conservation',
  'droit d’accès',
  'Wir verarbeiten',
  'Ihre Daten',
  'Speicherdauer',
  'Auskunft',
  'Löschung',
  'e.g.',
  'i.e.',
  'Art. 6 Abs. 1 lit. f',
  'z. B.',
  'etc.',
  'Inc.',
  'Dr.',
  'No.',
  'Last updated: 2018-07-24',
  'updated 31/12/1999',
  '24 July 2018',
  '12 mois',
  '6 Monate',
  'P14M',
  '...',
  '!!!',
  '?',
  '.',
  ';',
  ':',
  '—',
  '“',
  '”',
  '\u202e',
  '\u200b',
  '\u0301',
  '\ud83d\ude00',
  '\ud800',
  '\n',
  '\r\n',
  '\t',
  '  ',
];

export const policyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.nat({ max: 10_000 }).map(String) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

export const langTag = fc.constantFrom('en', 'fr', 'de', 'es', 'und', 'xx', '', 'en-GB', 'DE');

const heading = fc.constantFrom(
  'Privacy Policy',
  'Your rights',
  'Retention',
  'Cookies',
  'Contact',
  'Datenschutz',
  'Vos droits',
  '',
);

export const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('paragraph', 'listItem', 'tableCell'),
    text: policyText,
    headingPath: fc.array(heading, { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('heading'),
    text: fc.oneof(heading, policyText),
    level: fc.integer({ min: 1, max: 6 }),
    headingPath: fc.array(heading, { maxLength: 3 }),
  }),
);

export const blocks = fc.array(block, { maxLength: 25 });
