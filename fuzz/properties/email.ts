import assert from 'node:assert/strict';
import { toEml } from '../../lib/rights-requests/to-eml';
import { oneLineSubject, toMailto, type Message } from '../../lib/rights-requests/to-mailto';
import { validateRecipient } from '../../lib/rights-requests/validate-recipient';
import { webmailUrl } from '../../lib/rights-requests/webmail';
import { message, recipient } from '../arbitraries/email';
import type { FuzzProperty } from '../property';

/** The only shape an accepted recipient may have: one dot-atom addr-spec, nothing else. */
const ADDR_SPEC =
  /^[A-Za-z0-9!#$*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!#$*+/=^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
/** What encodeURIComponent may leave in a mailto value: no "&", "=", "?", "#", CR or LF. */
const URI_VALUE = /^[A-Za-z0-9\-_.!~*'()%]*$/;
const EML_HEADERS = [
  'To',
  'Subject',
  'Date',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'X-Unsent',
];

function checkRecipient(raw: string): void {
  const result = validateRecipient(raw);
  if (result.ok) {
    assert.match(result.value, ADDR_SPEC);
    assert.equal(result.value, raw.trim());
    assert.ok(result.value.length <= 254);
  }
}

function checkMailto(m: Message): void {
  const to = validateRecipient(m.to);
  const result = toMailto(m, 1_000_000);
  if (!to.ok) {
    assert.deepEqual(result, { ok: false, error: { code: 'invalid-recipient', reason: to.error } });
    return;
  }
  assert.ok(result.ok);
  const prefix = `mailto:${to.value}?`;
  assert.ok(result.value.startsWith(prefix), 'the address is the validated one, verbatim');
  const fields = result.value.slice(prefix.length).split('&');
  assert.deepEqual(
    fields.map((f) => f.split('=')[0]),
    ['subject', 'body'],
    'exactly two header fields, never to/cc/bcc',
  );
  for (const field of fields) {
    assert.match(field.slice(field.indexOf('=') + 1), URI_VALUE);
  }
  assert.doesNotMatch(decodeURIComponent(fields[0]?.slice('subject='.length) ?? ''), /[\r\n]/);
  for (const service of ['gmail', 'outlook'] as const) {
    const url = webmailUrl(service, m);
    assert.ok(url.ok);
    const params = new URL(url.value).searchParams;
    assert.deepEqual(params.getAll('to'), [to.value]);
    assert.equal(params.has('cc') || params.has('bcc'), false);
  }
}

function checkEml(m: Message): void {
  const to = validateRecipient(m.to);
  const result = toEml(m, new Date(Date.UTC(2026, 10, 26, 12)));
  assert.equal(result.ok, to.ok);
  if (!result.ok || !to.ok) {
    return;
  }
  const eml = result.value;
  assert.doesNotMatch(eml, /\r(?!\n)|(?<!\r)\n/, 'no bare CR or LF anywhere');
  const split = eml.indexOf('\r\n\r\n');
  const headerLines = eml.slice(0, split).split('\r\n');
  const names = headerLines
    .filter((l) => !l.startsWith(' '))
    .map((l) => l.slice(0, l.indexOf(':')));
  assert.deepEqual(names, EML_HEADERS, 'exactly our headers, in order');
  assert.equal(headerLines[0], `To: ${to.value}`);
  for (const line of headerLines.filter((l) => l.startsWith(' '))) {
    assert.match(line, /^ =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/, 'folded lines are encoded words only');
  }
  const subject = headerLines.find((l) => l.startsWith('Subject: ')) ?? '';
  assert.match(subject, /^Subject: (?:[\x20-\x7e]*|=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)$/);
  if (/^[\x20-\x7e]*$/.test(oneLineSubject(m.subject))) {
    assert.equal(subject, `Subject: ${oneLineSubject(m.subject)}`);
  }
  for (const line of eml.slice(split + 4).split('\r\n')) {
    // RFC 2045 §6.7: printable ASCII and TAB, at most 76 characters a line.
    assert.ok(
      line.length <= 76 && /^[\t\x20-\x7e]*$/.test(line),
      `body line ${JSON.stringify(line)}`,
    );
  }
}

export const EMAIL_PROPERTIES = [
  {
    name: 'validateRecipient · hostile strings',
    arbitrary: recipient,
    check: checkRecipient,
  } satisfies FuzzProperty<string>,
  {
    name: 'toMailto+webmailUrl · hostile messages',
    arbitrary: message,
    check: checkMailto,
  } satisfies FuzzProperty<Message>,
  {
    name: 'toEml · hostile messages',
    arbitrary: message,
    check: checkEml,
  } satisfies FuzzProperty<Message>,
];
