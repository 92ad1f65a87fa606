import { describe, expect, it } from 'vitest';
import {
  emlFilename,
  encodeSubject,
  quotedPrintable,
  rfc5322Date,
  toEml,
} from '../../../lib/rights-requests/to-eml';

const DATE = new Date(Date.UTC(2026, 10, 26, 9, 5, 3));

/** Headers of a message: everything before the first empty line, unfolded. */
function headers(eml: string): string[] {
  const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
  return head.replace(/\r\n /g, ' ').split('\r\n');
}

describe('toEml', () => {
  it('writes an RFC 5322 message with MIME headers, CRLF line ends and a QP body', () => {
    const result = toEml(
      { to: 'contact@magneta.fr', subject: 'Access request', body: 'Hello,\nThanks.' },
      DATE,
    );
    expect(result).toEqual({
      ok: true,
      value: [
        'To: contact@magneta.fr',
        'Subject: Access request',
        'Date: Thu, 26 Nov 2026 09:05:03 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        'X-Unsent: 1',
        '',
        'Hello,',
        'Thanks.',
        '',
      ].join('\r\n'),
    });
  });

  it.each([
    ['a@b.fr?bcc=x@y.z', 'url-query'],
    ['a@b.fr%0ABcc:x@y.z', 'line-break'],
    ['"a@b.fr, x@y.z"', 'several-addresses'],
  ])('refuses %j', (to, reason) => {
    expect(toEml({ to, subject: 's', body: 'b' }, DATE)).toEqual({
      ok: false,
      error: { code: 'invalid-recipient', reason },
    });
  });

  it.each([
    ['subject', { subject: 'Hi\r\nBcc: x@y.z', body: 'b' }],
    ['subject (LF only)', { subject: 'Hi\nCc: x@y.z', body: 'b' }],
    ['body', { subject: 's', body: 'Hi\r\n\r\nBcc: x@y.z' }],
    ['body (starts with a header line)', { subject: 's', body: 'Bcc: x@y.z\r\nTo: z@y.z' }],
  ])('no header can be injected through the %s', (_, text) => {
    const result = toEml({ to: 'a@b.fr', ...text }, DATE);
    if (!result.ok) {
      throw new Error('expected a message');
    }
    const names = headers(result.value).map((line) => line.split(':')[0]);
    expect(names).toEqual([
      'To',
      'Subject',
      'Date',
      'MIME-Version',
      'Content-Type',
      'Content-Transfer-Encoding',
      'X-Unsent',
    ]);
  });
});

describe('encodeSubject (RFC 2047)', () => {
  it.each([
    ['Access request', 'Access request'],
    ['é', '=?UTF-8?B?w6k=?='],
    ['Accès', '=?UTF-8?B?QWNjw6hz?='],
  ])('%j → %j', (subject, expected) => {
    expect(encodeSubject(subject)).toBe(expected);
  });

  it('splits a long subject into words of at most 75 characters without cutting a character', () => {
    const subject = "Demande de droit d'accès (article 15 du RGPD) — données à caractère personnel";
    const encoded = encodeSubject(subject);
    const words = encoded.split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    }
    const decoded = words
      .map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(subject);
  });
});

describe('quotedPrintable (RFC 2045 §6.7)', () => {
  it.each([
    ['é', '=C3=A9'],
    ['a=b', 'a=3Db'],
    ['trailing space ', 'trailing space=20'],
    ['tab\there', 'tab\there'],
    ['two\nlines', 'two\r\nlines'],
    ['a'.repeat(80), `${'a'.repeat(75)}=\r\n${'a'.repeat(5)}`],
  ])('%j → %j', (text, expected) => {
    expect(quotedPrintable(text)).toBe(expected);
  });

  it('never writes a line longer than 76 characters', () => {
    const lines = quotedPrintable('Données '.repeat(40)).split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76);
  });
});

describe('rfc5322Date and emlFilename', () => {
  it('formats the date in UTC', () => {
    expect(rfc5322Date(new Date(Date.UTC(2027, 0, 3, 23, 59, 0)))).toBe(
      'Sun, 03 Jan 2027 23:59:00 +0000',
    );
  });
  it('names the file after law, right and date only', () => {
    expect(emlFilename('uk-gdpr', 'access', '2026-11-26')).toBe(
      'rightful-uk-gdpr-access-2026-11-26.eml',
    );
  });
});
