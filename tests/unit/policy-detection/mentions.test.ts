import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_CONTEXT,
  DPO_NEGATIONS,
  DPO_TERMS,
} from '../../../lib/policy-detection/contact-vocabulary.data';
import { mentions, normalizeQuickly, wholeWords } from '../../../lib/policy-detection/context';
import { hasPhrase, normalize } from '../../../lib/policy-detection/normalize';

describe('normalizeQuickly: normalize() without a whitespace pass where none is needed', () => {
  it.each([
    'Our  Data Protection Officer',
    'Our\tDPO',
    'Our\u00a0DPO',
    ' Délégué à la protection des données \n',
    'e\u0301 \u0301 x',
    'Plain sentence with single spaces.',
    '',
  ])('%j as normalize() gives it', (text) => {
    expect(normalizeQuickly(text)).toBe(normalize(text));
  });

  it('gives what normalize() gives on any text (property)', () => {
    const unit = fc.constantFrom(
      ...['a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u0301', 'é', 'É', 'İ', 'ß', '-'],
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeQuickly(text)).toBe(normalize(text));
      }),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('mentions: the first term, in list order, that the text holds as whole words', () => {
  it.each([
    ['Contact our Data Protection Officer (DPO).', DPO_TERMS, 'data protection officer'],
    ['Contact our DPO.', DPO_TERMS, 'dpo'],
    ['DPOs and dpo-like roles', DPO_TERMS, 'dpo'],
    ['The DPOS team', DPO_TERMS, undefined],
    ['Der Datenschutzbeauftragte', DPO_TERMS, 'datenschutzbeauftragte'],
    ['Le délégué à la protection des données', DPO_TERMS, 'delegue a la protection des donnees'],
    ['We have not designated one.', DPO_NEGATIONS, 'have not designated'],
    ['You may lodge a complaint with the CNIL.', AUTHORITY_CONTEXT, 'lodge a complaint'],
    ['No term here.', AUTHORITY_CONTEXT, undefined],
    // Not told by the lower-cased words: "_" is no word character to hasPhrase, and "İ" lower-
    // cases to "i" and a dot that normalising drops.
    ['Write to dpo_office.', DPO_TERMS, 'dpo'],
    ['İOD', DPO_TERMS, 'iod'],
  ])('%j', (text, terms, found) => {
    expect(mentions(text, terms)).toBe(found);
  });

  it('answers as a scan of the whole list would, on any text (property)', () => {
    const lists = [DPO_TERMS, DPO_NEGATIONS, AUTHORITY_CONTEXT];
    const pieces = [
      ...new Set(lists.flat().flatMap((t) => t.split(/\b/))),
      'DPO',
      'Officer',
      'İ',
      '\u212a',
      'é',
      'e\u0301',
      '_',
      'x',
      '1',
      ' ',
      '-',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.array(fc.constantFrom(...pieces), { maxLength: 10 }),
        (terms, parts) => {
          const text = parts.join('');
          const norm = normalize(text);
          expect(mentions(text, terms)).toBe(terms.find((t) => hasPhrase(norm, t)));
        },
      ),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('wholeWords: the matches that start a word, as a lookbehind would find them', () => {
  it('finds what (?<![a-z0-9]) before the words finds, on any text (property)', () => {
    const alternatives = 'dpo|iod|protection|pro|a1';
    const words = new RegExp(`(?:${alternatives})(?![a-z0-9])`, 'g');
    const reference = new RegExp(`(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])`, 'g');
    const unit = fc.constantFrom(
      ...['dpo', 'iod', 'per', 'pro', 'tection', 'a1', 'x', '1', ' ', 'é'],
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), (parts) => {
        const norm = parts.join('');
        expect(wholeWords(words, norm)).toEqual([...norm.matchAll(reference)].map((m) => m[0]));
      }),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('normalizeQuickly: nothing below U+00C0 decomposes', () => {
  it('gives what normalize() gives for every character below U+00C0, alone or in a word', () => {
    for (let c = 0; c < 0xc0; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `É${ch}`]) {
        expect(normalizeQuickly(text)).toBe(normalize(text));
      }
    }
  });
});
