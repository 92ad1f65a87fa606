import { describe, expect, it } from 'vitest';
import { emailRole, roleRank } from '../../../lib/policy-detection/email-roles';
import {
  decodeCfEmail,
  emailsFromMailto,
  extractEmails,
  isNoReply,
} from '../../../lib/policy-detection/extract-emails';

/** Cloudflare's encoding, written out here so the test does not trust the decoder. */
function cfEncode(key: number, address: string): string {
  return [key, ...[...address].map((c) => c.charCodeAt(0) ^ key)]
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('');
}

describe('extractEmails', () => {
  it.each([
    ['plain', 'Write to hello@velotte.example.fr today.', ['hello@velotte.example.fr']],
    ['square brackets', 'contact [at] velotte [dot] fr', ['contact@velotte.fr']],
    ['parentheses', 'mail techdesk(at)ourpaper(dot)com, thanks', ['techdesk@ourpaper.com']],
    ['curly braces', 'dpo{at}velotte{dot}de', ['dpo@velotte.de']],
    ['French arobase', 'rgpd [arobase] velotte [point] fr', ['rgpd@velotte.fr']],
    ['German ät and punkt', 'datenschutz (ät) velotte (punkt) de', ['datenschutz@velotte.de']],
    ['bracketed @', 'privacy[@]velotte.com', ['privacy@velotte.com']],
    ['uppercase AT and DOT', 'privacy AT velotte DOT com', ['privacy@velotte.com']],
    ['bracketed at, real dot', 'legal [at] blogsite.com. We reply', ['legal@blogsite.com']],
    ['bracketed at, spelled dot', 'x [at] velotte dot org', ['x@velotte.org']],
    ['spelled out', 'privacy at velotte dot com', ['privacy@velotte.com']],
    [
      'Unicode hyphen (U+2010)',
      'an fv\u2010datenschutz@velotte.de schreiben',
      ['fv-datenschutz@velotte.de'],
    ],
    ['non-breaking hyphen in the domain', 'rodo@velotte\u2011pl.pl.', ['rodo@velotte-pl.pl']],
    ['glued (a)', 'kontakt(a)velotte.cz', ['kontakt@velotte.cz']],
    ['"(a)" between words is a list marker', 'see item (a) velotte.com', []],
    ['numeric entities', 'a&#64;velotte&#46;de', ['a@velotte.de']],
    ['hex and named entities', 'b&#x40;velotte&period;it', ['b@velotte.it']],
    ['uppercase, lowered', 'Privacy@Velotte.COM', ['privacy@velotte.com']],
    ['glued next word', 'info@velottecontrols.comby phone', ['info@velottecontrols.com']],
    ['glued sentence', 'member@velotte.org.We answer', ['member@velotte.org']],
    ['trailing full stop', 'at privacy@velotte.co.uk.', ['privacy@velotte.co.uk']],
    ['two addresses', 'a@velotte.fr or b@velotte.fr', ['a@velotte.fr', 'b@velotte.fr']],
  ])('%s', (_name, text, expected) => {
    expect(extractEmails(text).map((m) => m.address)).toEqual(expected);
  });

  it.each([
    ['prose "at" with a real dot', 'see policies at Velotte.com. If you'],
    ['a web site', 'visit the site at www.velotte.org for more'],
    ['"point" after a plain address is prose', 'write x@velotte.com point of view'],
    ['no TLD', 'user@localhost'],
    ['two-letter non-TLD', 'as indicated@the.of this'],
    ['image file name', 'logo@2x.png'],
    ['empty', ''],
  ])('ignores %s', (_name, text) => {
    const found = extractEmails(text).map((m) => m.address);
    expect(found.filter((a) => !a.startsWith('x@'))).toEqual([]);
  });

  it('gives offsets into the original text', () => {
    const text = 'Email: contact [at] velotte [dot] fr now';
    const [m] = extractEmails(text);
    expect(m).toMatchObject({ start: 7, end: 36, obfuscated: true });
    expect(text.slice(m?.start, m?.end)).toBe('contact [at] velotte [dot] fr');
  });
});

describe('emailsFromMailto', () => {
  it.each([
    ['mailto:dpo@velotte.fr', ['dpo@velotte.fr']],
    ['mailto:dpo@velotte.fr?bcc=someone@else.example.com&subject=Hi', ['dpo@velotte.fr']],
    ['MAILTO:Privacy@Velotte.fr', ['privacy@velotte.fr']],
    ['mailto:a@velotte.fr,b@velotte.fr', ['a@velotte.fr', 'b@velotte.fr']],
    ['mailto:%64po@velotte.fr', ['dpo@velotte.fr']],
    ['mailto:%E0%A4%A', []],
    ['mailto:noreply@velotte.fr', []],
    ['mailto:', []],
    ['https://velotte.fr/contact', []],
  ])('%s', (href, expected) => {
    expect(emailsFromMailto(href)).toEqual(expected);
  });
});

describe('decodeCfEmail', () => {
  it.each([
    [cfEncode(0x42, 'dpo@velotte.fr'), 'dpo@velotte.fr'],
    [cfEncode(0x9a, 'rgpd@velotte.fr'), 'rgpd@velotte.fr'],
    ['zz', null],
    ['', null],
    [cfEncode(0x11, 'not an email'), null],
  ])('%s → %s', (hex, expected) => {
    expect(decodeCfEmail(hex)).toBe(expected);
  });
});

describe('roles', () => {
  it.each([
    ['dpo@velotte.fr', 'dpo'],
    ['dpd@velotte.fr', 'dpo'],
    ['privacy@velotte.com', 'privacy'],
    ['privacy-admin@velotte.com', 'privacy'],
    ['datenschutz@velotte.de', 'privacy'],
    ['rgpd@velotte.fr', 'privacy'],
    ['gdpr@velotte.eu', 'privacy'],
    ['dataprotection@velotte.ie', 'privacy'],
    ['contact@velotte.fr', 'general'],
    ['info@velotte.fr', 'general'],
    ['support@velotte.fr', 'support'],
    ['cs@velotte.com', 'support'],
    ['bruno.martin@velotte.fr', 'other'],
  ])('%s is %s', (address, role) => {
    expect(emailRole(address)).toBe(role);
  });

  it('ranks dpo < privacy < general < support < other', () => {
    const ranks = (['dpo', 'privacy', 'general', 'support', 'other'] as const).map(roleRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(5);
  });

  it.each([
    ['noreply@velotte.fr', true],
    ['no-reply@velotte.fr', true],
    ['do_not_reply@velotte.fr', true],
    ['donotreply@velotte.fr', true],
    ['reply@velotte.fr', false],
    ['norbert@velotte.fr', false],
  ])('isNoReply(%s) = %s', (address, expected) => {
    expect(isNoReply(address)).toBe(expected);
  });
});
