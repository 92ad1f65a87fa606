import { describe, expect, it } from 'vitest';
import { webmailUrl } from '../../../lib/rights-requests/webmail';
import { toText } from '../../../lib/rights-requests/to-text';

describe('webmailUrl', () => {
  const message = { to: 'contact@magneta.fr', subject: 'Accès', body: 'a\nb&c' };
  it.each([
    [
      'gmail',
      'https://mail.google.com/mail/?view=cm&fs=1&to=contact%40magneta.fr&su=Acc%C3%A8s&body=a%0Ab%26c',
    ],
    [
      'outlook',
      'https://outlook.live.com/mail/0/deeplink/compose?to=contact%40magneta.fr&subject=Acc%C3%A8s&body=a%0Ab%26c',
    ],
  ] as const)('%s compose link', (service, expected) => {
    expect(webmailUrl(service, message)).toEqual({ ok: true, value: expected });
  });

  it.each(['gmail', 'outlook'] as const)('%s: hostile text stays in its parameter', (service) => {
    const result = webmailUrl(service, {
      to: 'a@b.fr',
      subject: 'x&cc=evil@y.z',
      body: 'y&bcc=evil@y.z',
    });
    if (!result.ok) {
      throw new Error('expected a URL');
    }
    const keys = [...new URL(result.value).searchParams.keys()];
    expect(keys).not.toContain('cc');
    expect(keys).not.toContain('bcc');
    expect(new URL(result.value).searchParams.getAll('to')).toEqual(['a@b.fr']);
  });

  it('refuses a hostile recipient', () => {
    expect(webmailUrl('gmail', { to: 'a@b.fr?bcc=x@y.z', subject: '', body: '' })).toEqual({
      ok: false,
      error: { code: 'invalid-recipient', reason: 'url-query' },
    });
  });
});

describe('toText', () => {
  it('puts the subject, a blank line and the body on the clipboard', () => {
    expect(toText({ subject: 'Access\r\nrequest', body: 'Hello\r\nBye' })).toBe(
      'Access request\n\nHello\nBye',
    );
  });
});
