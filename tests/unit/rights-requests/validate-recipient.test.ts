import { describe, expect, it } from 'vitest';
import { validateRecipient } from '../../../lib/rights-requests/validate-recipient';

describe('validateRecipient', () => {
  it.each([
    ['contact@magneta.fr', 'contact@magneta.fr'],
    ['  dpo@example.co.uk ', 'dpo@example.co.uk'],
    ['first.last+gdpr@sub.example.org', 'first.last+gdpr@sub.example.org'],
    ['privacy@xn--bcher-kva.de', 'privacy@xn--bcher-kva.de'],
  ])('accepts %j', (raw, expected) => {
    expect(validateRecipient(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a@b.fr?bcc=x@y.z', 'url-query'],
    ['a@b.fr&cc=x@y.z', 'url-query'],
    ['a@b.fr%0ABcc:x@y.z', 'line-break'],
    ['a@b.fr%0dBcc:x@y.z', 'line-break'],
    ['a@b.fr\r\nBcc: x@y.z', 'line-break'],
    ['a@b.fr\nBcc: x@y.z', 'line-break'],
    ['a@b.fr\u2028x@y.z', 'line-break'],
    ['a%40b.fr', 'percent-encoded'],
    ['"a@b.fr, x@y.z"', 'several-addresses'],
    ['a@b.fr, x@y.z', 'several-addresses'],
    ['a@b.fr;x@y.z', 'several-addresses'],
    ['"a"@b.fr', 'quote'],
    ["o'brien@b.fr", 'quote'],
    ['Alice <a@b.fr>', 'angle-bracket'],
    ['a @b.fr', 'space'],
    ['a\t@b.fr', 'space'],
    ['a\u0000@b.fr', 'space'],
    ['ünï@b.fr', 'non-ascii'],
    ['ab.fr', 'missing-at'],
    ['a@b@c.fr', 'several-at'],
    ['@b.fr', 'bad-local-part'],
    ['.a@b.fr', 'bad-local-part'],
    ['a..b@b.fr', 'bad-local-part'],
    [`${'a'.repeat(65)}@b.fr`, 'bad-local-part'],
    ['a@b', 'bad-domain'],
    ['a@-b.fr', 'bad-domain'],
    ['a@b..fr', 'bad-domain'],
    ['a@b.f', 'bad-domain'],
    ['a@b.123', 'bad-domain'],
    [`a@${'b'.repeat(250)}.fr`, 'too-long'],
  ])('refuses %j with %s', (raw, code) => {
    expect(validateRecipient(raw)).toEqual({ ok: false, error: code });
  });
});
