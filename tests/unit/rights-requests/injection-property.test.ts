import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crlf, dropControls } from '../../../lib/rights-requests/encoding';
import { toEml } from '../../../lib/rights-requests/to-eml';
import { oneLineSubject, toMailto } from '../../../lib/rights-requests/to-mailto';
import { validateRecipient } from '../../../lib/rights-requests/validate-recipient';
import { webmailUrl } from '../../../lib/rights-requests/webmail';

/** Any text, biased towards the characters attacks are made of. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\r',
      '\n',
      '\r\n',
      '%0A',
      '%0D',
      '?',
      '&',
      '=',
      '#',
      ',',
      ';',
      ':',
      '"',
      '<',
      '>',
      ' ',
      'Bcc',
      'cc',
      '@',
      '%',
      '\u2028',
      '\u0000',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 60,
});

const HEADERS = [
  'To',
  'Subject',
  'Date',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'X-Unsent',
];

describe('no text can add a recipient or a header (property)', () => {
  it('an accepted recipient never holds a separator, line break, encoding or query character', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const result = validateRecipient(raw);
        if (result.ok) {
          expect(result.value).toMatch(/^[^\s%?&,;"'<>@]+@[A-Za-z0-9.-]+$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('mailto: keeps exactly one address, and subject and body round-trip as their own fields', () => {
    fc.assert(
      fc.property(hostile, hostile, (subject, body) => {
        const result = toMailto({ to: 'a@b.fr', subject, body }, Number.POSITIVE_INFINITY);
        expect(result.ok).toBe(true);
        if (!result.ok) {
          return;
        }
        expect(result.value).not.toMatch(/[\r\n\s]/);
        const url = new URL(result.value);
        expect(url.pathname).toBe('a@b.fr');
        expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
        expect(url.searchParams.get('subject')).toBe(oneLineSubject(subject));
        expect(url.searchParams.get('body')).toBe(crlf(dropControls(body)));
      }),
      { numRuns: 500 },
    );
  });

  it('webmail links keep one "to" and no cc/bcc parameter', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        fc.constantFrom('gmail', 'outlook' as const),
        (subject, body, service) => {
          const result = webmailUrl(service, { to: 'a@b.fr', subject, body });
          expect(result.ok).toBe(true);
          if (result.ok) {
            const params = new URL(result.value).searchParams;
            expect(params.getAll('to')).toEqual(['a@b.fr']);
            expect(params.has('cc') || params.has('bcc')).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('.eml: always the same seven headers, whatever the subject and body', () => {
    fc.assert(
      fc.property(hostile, hostile, (subject, body) => {
        const result = toEml({ to: 'a@b.fr', subject, body }, new Date(Date.UTC(2026, 0, 1)));
        expect(result.ok).toBe(true);
        if (result.ok) {
          const head = result.value.slice(0, result.value.indexOf('\r\n\r\n'));
          const names = head
            .replace(/\r\n /g, ' ')
            .split('\r\n')
            .map((l) => l.slice(0, l.indexOf(':')));
          expect(names).toEqual(HEADERS);
          expect(head).toMatch(/^To: a@b\.fr\r\n/);
          // Bare CR or LF never appear: every line break is CRLF (RFC 5322 §2.3).
          expect(result.value.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
