import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '../../../lib/deadlines/ics';
import { frenchRequest } from '../../fixtures/deadlines/requests';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['line1\nline2', 'line1\\nline2'],
    ['crlf\r\nend', 'crlf\\nend'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine (RFC 5545 §3.1)', () => {
  it('leaves a 75-octet line alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with CRLF and a space', () => {
    const folded = foldLine('y'.repeat(160));
    const parts = folded.split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 12]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('y'.repeat(160));
  });

  it('never cuts a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`; // 8 + 160 octets
    const parts = foldLine(line).split('\r\n');
    expect(parts.every((p) => octets(p) <= 75)).toBe(true);
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});

describe('icsCalendar', () => {
  const options = { today: '2026-03-10', stamp: '2026-03-10T12:00:00Z' };

  it('writes one all-day event on the due date of each waiting request', () => {
    const open = frenchRequest([], { controller: 'Boutique, Exemple; SAS' });
    const done = frenchRequest([{ id: 'a', type: 'answered', date: '2026-03-05' }], { id: 'done' });
    const ics = icsCalendar([open, done], options);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    // Sent Mon 2 Mar 2026, GDPR: due Thu 2 Apr 2026.
    expect(lines).toContain('DTSTART;VALUE=DATE:20260402');
    expect(lines).toContain('DTEND;VALUE=DATE:20260403');
    expect(lines).toContain('DTSTAMP:20260310T120000Z');
    expect(lines).toContain('UID:req-fr-1-due@rightful.invalid');
    expect(lines).toContain('SUMMARY:Deadline: reply from Boutique\\, Exemple\\; SAS');
    expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('speaks French and German, and falls back to English', () => {
    const request = frenchRequest();
    expect(icsCalendar([request], { ...options, lang: 'fr' })).toContain(
      'SUMMARY:Échéance : réponse de',
    );
    expect(icsCalendar([request], { ...options, lang: 'de' })).toContain(
      'SUMMARY:Frist: Antwort von',
    );
    expect(icsCalendar([request], { ...options, lang: 'pt' })).toContain(
      'SUMMARY:Deadline: reply from',
    );
  });
});
