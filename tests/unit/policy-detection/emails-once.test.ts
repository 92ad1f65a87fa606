import { describe, expect, it } from 'vitest';
import { emailsOnce } from '../../../lib/policy-detection/context';
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
