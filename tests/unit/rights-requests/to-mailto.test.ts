import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, toMailto } from '../../../lib/rights-requests/to-mailto';

/** What a mail client sees: the address and every header field of the URL. */
function parse(url: string) {
  const parsed = new URL(url);
  return { to: parsed.pathname, fields: [...parsed.searchParams.entries()] };
}

describe('toMailto', () => {
  it('percent-encodes subject and body as UTF-8, with CRLF line breaks (RFC 6068 §5)', () => {
    const url = toMailto({
      to: 'a@b.fr',
      subject: 'Accès à mes données',
      body: 'Ligne 1\nLigne 2',
    });
    expect(url).toEqual({
      ok: true,
      value:
        'mailto:a@b.fr?subject=Acc%C3%A8s%20%C3%A0%20mes%20donn%C3%A9es&body=Ligne%201%0D%0ALigne%202',
    });
  });

  it.each([
    ['a@b.fr?bcc=x@y.z', 'url-query'],
    ['a@b.fr%0ABcc:x@y.z', 'line-break'],
    ['"a@b.fr, x@y.z"', 'several-addresses'],
  ])('refuses the hostile recipient %j', (to, reason) => {
    expect(toMailto({ to, subject: 's', body: 'b' })).toEqual({
      ok: false,
      error: { code: 'invalid-recipient', reason },
    });
  });

  it.each([
    ['subject with CRLF + Bcc', { subject: 'Hello\r\nBcc: x@y.z', body: 'b' }],
    ['body with CRLF + Bcc', { subject: 's', body: 'Hi\r\nBcc: x@y.z\r\n\r\nmore' }],
    ['body with &bcc=', { subject: 's', body: 'Hi&bcc=x@y.z&cc=z@y.z' }],
    ['subject with ?cc= and #', { subject: 'a?cc=x@y.z#frag', body: 'b' }],
    ['body with encoded newline', { subject: 's', body: 'Hi%0D%0ABcc:x@y.z' }],
  ])('keeps %s inside its own field', (_, text) => {
    const result = toMailto({ to: 'a@b.fr', ...text });
    if (!result.ok) {
      throw new Error('expected a URL');
    }
    const { to, fields } = parse(result.value);
    expect(to).toBe('a@b.fr');
    expect(fields.map(([name]) => name)).toEqual(['subject', 'body']);
    expect(fields[0]?.[1]).not.toMatch(/[\r\n]/);
    expect(result.value).not.toMatch(/[\r\n]/);
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(toMailto({ to: 'a@b.fr', subject: 'x\uD800', body: '\uDC00y' })).toEqual({
      ok: true,
      value: 'mailto:a@b.fr?subject=x%EF%BF%BD&body=%EF%BF%BDy',
    });
  });

  it('turns a subject line break into a space', () => {
    const result = toMailto({ to: 'a@b.fr', subject: 'A\r\nBcc: x', body: '' });
    expect(result.ok && parse(result.value).fields[0]).toEqual(['subject', 'A Bcc: x']);
  });

  it('says when the URL is too long, so the UI can offer copy instead', () => {
    const body = 'é'.repeat(400); // 6 characters each once encoded: 2,400
    const result = toMailto({ to: 'a@b.fr', subject: 's', body });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-long',
        length: 'mailto:a@b.fr?subject=s&body='.length + 2400,
        max: MAILTO_MAX_LENGTH,
      },
    });
  });
});
