import { addDays } from './iso-date';
import type { TrackedRequest } from './schema';
import { sentTo } from './sent-to';
import { tryDeriveState } from './timeline';

/** Calendar texts per language (data, not UI messages: they end up in the user's calendar app). */
const TEXTS = {
  en: {
    summary: 'Deadline: reply from {controller}',
    description: 'Request ({right}) sent on {sent} to {recipient}. Legal deadline: {citation}.',
  },
  fr: {
    summary: 'Échéance : réponse de {controller}',
    description: 'Demande ({right}) envoyée le {sent} à {recipient}. Délai légal : {citation}.',
  },
  de: {
    summary: 'Frist: Antwort von {controller}',
    description:
      'Anfrage ({right}) am {sent} an {recipient} gesendet. Gesetzliche Frist: {citation}.',
  },
} as const;
export type IcsLanguage = keyof typeof TEXTS;

export interface IcsOptions {
  /** Today's date, to derive each request's current due date. */
  today: string;
  /** DTSTAMP, an ISO timestamp given by the caller ('2026-03-10T12:00:00Z'): no clock in here. */
  stamp: string;
  lang?: string;
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values; §3.1:
 * no control character but HTAB may appear in a content line, so the others (C0, DEL, C1) go.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROLS, '');
}

/**
 * A URI value (RFC 5545 §3.3.13) is not TEXT: it is written as the URL parser serialises it
 * (spaces, quotes and controls percent-encoded, tabs and newlines removed), http(s) only.
 */
export function icsUri(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.href.replace(CONTROLS, '')
      : undefined;
  } catch {
    return undefined;
  }
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a
 * UTF-8 sequence (we cut between code points).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** '2026-03-10T12:00:00.000Z' → '20260310T120000Z' (UTC form, RFC 5545 §3.3.5). */
function basicStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`not an ISO timestamp: ${iso}`);
  }
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

const OPEN = new Set(['sent', 'acknowledged', 'extended', 'overdue']);

/** An .ics calendar with one all-day event on the due date of each request still waiting. */
export function icsCalendar(requests: readonly TrackedRequest[], options: IcsOptions): string {
  const texts = TEXTS[(options.lang ?? 'en') as IcsLanguage] ?? TEXTS.en;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rightful//Deadlines//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const request of requests) {
    const state = tryDeriveState(request, options.today);
    if (!state || !OPEN.has(state.status)) {
      continue;
    }
    const values = {
      controller: request.controller,
      right: request.right,
      sent: request.sentDate,
      recipient: sentTo(request),
      citation: state.deadline.citation,
    };
    const uri = icsUri(request.site);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(request.id)}-due@rightful.invalid`,
      `DTSTAMP:${basicStamp(options.stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(state.due)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(state.due, 1))}`,
      `SUMMARY:${escapeText(fill(texts.summary, values))}`,
      `DESCRIPTION:${escapeText(fill(texts.description, values))}`,
      ...(uri ? [`URL:${uri}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
