import { describe, expect, it } from 'vitest';
import {
  PRIVACY_TERMS,
  WEBFORM_PRIVACY,
  WEBFORM_STRONG,
  WEBFORM_TERMS,
} from '../../../lib/policy-detection/contact-vocabulary.data';
import { emailsOnce, mentions, mentionsOnce } from '../../../lib/policy-detection/context';
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
