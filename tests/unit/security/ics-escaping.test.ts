import { describe, expect, it } from 'vitest';
import { escapeText, icsCalendar } from '../../../lib/deadlines/ics';
import { TrackedRequest } from '../../../lib/deadlines/schema';
import { trackedRequest } from '../../fixtures/tracked-requests';

// Issue 10, item 10: every .ics value as RFC 5545 says — TEXT escaped and free of control
// characters (§3.1, §3.3.11), the URL property a serialised URI (§3.3.13).
const options = { today: '2026-02-01', stamp: '2026-02-01T00:00:00Z' };
/** Content lines, unfolded (RFC 5545 §3.1). */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('.ics values (RFC 5545)', () => {
  it('removes control characters from TEXT values (but keeps newlines as \\n)', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh')).toBe('abcdef\tg\\nh');
  });

  it('writes no control character from a hostile controller name', () => {
    const request = trackedRequest({ controller: 'Shop\u0000\u0008\u001b[31m\u007f SAS' });
    const ics = icsCalendar([request], options);
    // eslint-disable-next-line no-control-regex -- looking for exactly these
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(lines(ics)).toContain('SUMMARY:Deadline: reply from Shop[31m SAS');
  });

  it('a site with a newline (accepted by the URL schema) cannot add a property or an event', () => {
    const site = 'https://shop.example/a b\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Pay now';
    // The stored schema lets it through: the URL parser drops newlines before checking.
    expect(TrackedRequest.shape.site.safeParse(site).success).toBe(true);
    const ics = icsCalendar([trackedRequest({ site })], options);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const all = lines(ics);
    expect(all.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(all.filter((l) => l.startsWith('SUMMARY:'))).toHaveLength(1);
    expect(all).toContain('URL:https://shop.example/a%20bEND:VEVENTBEGIN:VEVENTSUMMARY:Pay%20now');
  });
});
