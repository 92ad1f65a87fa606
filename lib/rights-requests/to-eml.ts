import { base64, crlf, dropControls, utf8 } from './encoding';
import { oneLineSubject, type Message } from './to-mailto';
import { validateRecipient, type RecipientErrorCode } from './validate-recipient';
import { err, ok, type Result } from '../shared/result';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 §3.3 date-time, in UTC ("+0000"). */
export function rfc5322Date(date: Date): string {
  const day = DAYS[date.getUTCDay()] ?? 'Mon';
  const month = MONTHS[date.getUTCMonth()] ?? 'Jan';
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day}, ${pad(date.getUTCDate())} ${month} ${date.getUTCFullYear()} ${time} +0000`;
}

/**
 * RFC 2047 encoded-words for a non-ASCII subject: B encoding of UTF-8, at most 45 bytes of text per
 * word (60 base64 characters, 72 with the delimiters, under the 75 of §2), never splitting a
 * character; words are folded onto continuation lines (RFC 5322 §2.2.3).
 */
export function encodeSubject(subject: string): string {
  const line = oneLineSubject(subject);
  if (/^[\x20-\x7e]*$/.test(line)) {
    return line;
  }
  const words: string[] = [];
  let chunk = '';
  for (const char of line) {
    if (utf8(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join('\r\n ');
}

const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** RFC 2045 §6.7 quoted-printable of one line of UTF-8 text, with soft breaks at 76 characters. */
function qpLine(line: string): string {
  const bytes = utf8(line);
  const tokens = Array.from(bytes, (b, i) => {
    const last = i === bytes.length - 1;
    const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    return plain ? String.fromCharCode(b) : hex(b);
  });
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > 75) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
  return out.join('\r\n');
}

export function quotedPrintable(text: string): string {
  return crlf(text).split('\r\n').map(qpLine).join('\r\n');
}

/**
 * An RFC 5322 message the user opens in their mail client (X-Unsent makes Outlook open it as a
 * draft). The recipient is validated, the subject is one line (encoded when not ASCII), the
 * body is quoted-printable: no text can add a header or a recipient.
 */
export function toEml(
  message: Message,
  date: Date,
): Result<string, { code: 'invalid-recipient'; reason: RecipientErrorCode }> {
  const to = validateRecipient(message.to);
  if (!to.ok) {
    return err({ code: 'invalid-recipient', reason: to.error });
  }
  const headers = [
    `To: ${to.value}`,
    `Subject: ${encodeSubject(message.subject)}`,
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return ok(`${headers.join('\r\n')}\r\n\r\n${quotedPrintable(dropControls(message.body))}\r\n`);
}

/** A file name for the download: law, right and date only (no personal data in file names). */
export function emlFilename(law: string, right: string, today: string): string {
  return `rightful-${law}-${right}-${today}.eml`.replace(/[^A-Za-z0-9._-]/g, '-');
}
