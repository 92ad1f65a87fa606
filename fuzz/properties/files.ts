import assert from 'node:assert/strict';
import fc from 'fast-check';
import { icsCalendar } from '../../lib/deadlines/ics';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { bodyKind, charsetOf, decodeBody } from '../../lib/policy-detection/fetch-outcome';
import { ledger } from '../arbitraries/ledger';
import type { FuzzProperty } from '../property';

/** Text a crafted import could put into a calendar: line breaks of every kind and iCalendar syntax. */
const hostileName = fc.oneof(
  fc.string({ maxLength: 120, unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        'Shop SAS',
        '\r\n',
        '\n',
        '\r',
        '\u2028',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'END:VCALENDAR',
        'ATTENDEE:mailto:evil@x.example',
        ';',
        ',',
        '\\',
        ':',
        'é',
        '\ud83d\ude00',
        'x'.repeat(90),
      ),
      { minLength: 1, maxLength: 10 },
    )
    .map((p) => p.join('')),
);

const calendarInput = fc.tuple(
  ledger,
  fc.array(hostileName, { maxLength: 5 }),
  fc.constantFrom('en', 'fr', 'de', 'xx'),
);

const octets = (s: string) => new TextEncoder().encode(s).length;

/** An .ics file built from hostile names: folded lines only, no line a name could have added. */
function checkCalendar([requests, names, lang]: [TrackedRequest[], string[], string]): void {
  const hostile = requests.map((r, i) => ({ ...r, controller: names[i] ?? r.controller }));
  const ics = icsCalendar(hostile, { today: '2026-11-26', stamp: '2026-11-26T12:00:00Z', lang });
  assert.doesNotMatch(ics, /\r(?!\n)|(?<!\r)\n/, 'no bare CR or LF');
  const physical = ics.replace(/\r\n$/, '').split('\r\n');
  for (const line of physical) {
    assert.ok(octets(line) <= 75, `line of ${octets(line)} octets`);
  }
  const logical = ics
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
  for (const line of logical) {
    assert.match(
      line,
      /^[A-Z][A-Z0-9-]*[;:]/,
      `a property line: ${JSON.stringify(line.slice(0, 80))}`,
    );
  }
  const begins = logical.filter((l) => l === 'BEGIN:VEVENT').length;
  assert.equal(begins, logical.filter((l) => l === 'END:VEVENT').length);
  assert.ok(begins <= hostile.length, 'no event a name could have added');
  assert.equal(logical.filter((l) => l.startsWith('BEGIN:VCALENDAR')).length, 1);
  assert.equal(logical.at(-1), 'END:VCALENDAR');
}

const contentType = fc.oneof(
  fc.constantFrom(
    'text/html',
    'text/html; charset=utf-8',
    'text/html; charset="iso-8859-1"',
    'text/plain; charset=utf-16',
    'application/pdf',
    'application/octet-stream',
    '',
    'text/html; charset=bogus',
    'TEXT/HTML;CHARSET=UTF-16BE',
    'text/html; charset=x-user-defined',
    'application/xhtml+xml',
    'image/svg+xml',
  ),
  fc.string({ maxLength: 40 }),
);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .tuple(
      fc.constantFrom(
        '%PDF-1.7',
        '\ufeff<!doctype html>',
        '<html>',
        '<meta charset="utf-16">',
        '<meta charset=bogus>',
        '  <p>',
      ),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([head, rest]) => new Uint8Array([...new TextEncoder().encode(head), ...rest])),
);

/** Whatever a server answers: a known kind, a usable charset, and decoding never throws. */
function checkBody([type, bytes]: [string | null, Uint8Array]): void {
  assert.ok(['html', 'text', 'pdf', 'other'].includes(bodyKind(type, bytes)));
  assert.doesNotThrow(() => new TextDecoder(charsetOf(type, bytes)));
  assert.equal(typeof decodeBody(bytes, type), 'string');
}

export const FILE_PROPERTIES = [
  {
    name: 'icsCalendar · hostile names from an import',
    arbitrary: calendarInput,
    check: checkCalendar,
  } satisfies FuzzProperty<[TrackedRequest[], string[], string]>,
  {
    name: 'bodyKind+decodeBody · any server answer',
    arbitrary: fc.tuple(fc.option(contentType, { nil: null }), body),
    check: checkBody,
  } satisfies FuzzProperty<[string | null, Uint8Array]>,
];
