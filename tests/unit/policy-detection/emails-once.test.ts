import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRIVACY_TERMS,
  WEBFORM_PRIVACY,
  WEBFORM_STRONG,
  WEBFORM_TERMS,
} from '../../../lib/policy-detection/contact-vocabulary.data';
import {
  emailsOnce,
  mayMention,
  mentions,
  mentionsOnce,
} from '../../../lib/policy-detection/context';
import { extractEmails } from '../../../lib/policy-detection/extract-emails';

describe('emailsOnce: extractEmails, remembered, with a quick no', () => {
  it.each([
    'Write to dpo@example.com.',
    'contact [at] magneta [dot] fr',
    'x(at)y(dot)com',
    'privacy at example dot com',
    'PRIVACY AT EXAMPLE DOT COM',
    'a&#64;b.fr or a&commat;b.fr',
    'kontakt(a)firma.cz',
    'x {at} y {dot} org',
    'x <at> y <dot> org',
    'No address in this sentence.',
  ])('%j gives what extractEmails gives', (text) => {
    expect(emailsOnce(text)).toEqual(extractEmails(text));
  });

  it('answers the same sentence from memory', () => {
    const text = 'Write to privacy@example.org.';
    expect(emailsOnce(text)).toBe(emailsOnce(text));
    expect(emailsOnce(text).map((m) => m.address)).toEqual(['privacy@example.org']);
  });
});

describe('mentionsOnce: mentions for a text asked about once', () => {
  const lists = [WEBFORM_STRONG, WEBFORM_TERMS, WEBFORM_PRIVACY, PRIVACY_TERMS];
  it.each([
    'Submit a privacy request',
    'https://example.com/privacy/request-form?lang=fr',
    'Formulaire de contact — données personnelles',
    'Exercise your rights',
    'Home',
    '',
  ])('%j: the answers mentions gives, list by list', (text) => {
    const once = mentionsOnce(text);
    for (const terms of lists) {
      expect(once(terms)).toBe(mentions(text, terms));
    }
  });
  it('finds a term', () => {
    expect(mentionsOnce('Submit a privacy request')(WEBFORM_PRIVACY)).toBeDefined();
  });
});

describe('mayMention: a quick no, never where mentions finds a term', () => {
  const lists = [WEBFORM_STRONG, WEBFORM_TERMS, [...WEBFORM_STRONG, ...WEBFORM_TERMS]];
  it.each([
    ['Privacy Policy', false],
    ['https://example.com/privacy#cookies', false],
    ['Information we collect', false],
    ['Submit a Privacy REQUEST', true],
    ['https://example.com/privacy-request', true],
    // Lower-cased and without its accent it is "formulario": told only by normalising.
    ['Formulário de contacto', true],
  ])('%j: %s', (text, may) => {
    const terms = lists[2]!;
    expect(mayMention(text, terms)).toBe(may);
    expect(mentions(text, terms) !== undefined).toBe(may);
  });

  it('says no only where mentions finds none, on any text', () => {
    const pieces = [
      ...new Set([...WEBFORM_STRONG, ...WEBFORM_TERMS].flatMap((t) => t.split(/\b/))),
      'FORM',
      'Request',
      'ú',
      'Ü',
      'e\u0301',
      'İ',
      '\u212a',
      '_',
      '-',
      '/',
      '\u00a0',
      '\n',
      'x',
      '1',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        (terms, parts) => {
          const text = parts.join('');
          if (!mayMention(text, terms)) {
            expect(mentions(text, terms)).toBeUndefined();
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
