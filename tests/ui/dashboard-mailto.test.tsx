import { describe, expect, it } from 'vitest';
import { mailtoUrl, safeHttpUrl } from '../../components/dashboard/mailto';

describe('mailtoUrl', () => {
  it('encodes subject and body so they cannot add headers', () => {
    // Built by the one door (toMailto): line breaks become CRLF, %0D%0A, as RFC 6068 section 5 asks.
    expect(mailtoUrl('dpo@shop.example', 'Re: 50% & more', 'line 1\nBcc: evil@x.example')).toBe(
      'mailto:dpo@shop.example?subject=Re%3A%2050%25%20%26%20more&body=line%201%0D%0ABcc%3A%20evil%40x.example',
    );
  });

  it.each([
    ['extra header', 'dpo@shop.example?bcc=evil@x.example'],
    ['second recipient', 'dpo@shop.example,evil@x.example'],
    ['line break', 'dpo@shop.example\r\nBcc: evil@x.example'],
    ['not an address', 'javascript:alert(1)'],
    ['empty', ''],
    ['missing', null],
  ])('gives no link for %s', (_, to) => {
    expect(mailtoUrl(to, 'subject', 'body')).toBeUndefined();
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.cnil.fr/fr/plaintes', 'https://www.cnil.fr/fr/plaintes'],
    ['http://authority.example/complain', 'http://authority.example/complain'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['not a url', undefined],
    [null, undefined],
  ])('%s → %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});
