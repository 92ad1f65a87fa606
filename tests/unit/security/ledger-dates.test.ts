import { say } from '../../../lib/ui/i18n';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runReminderCheck } from '../../../lib/app/reminders';
import { icsCalendar } from '../../../lib/deadlines/ics';
import { parseImport } from '../../../lib/deadlines/ledger-io';
import { overdueCount, planReminders } from '../../../lib/deadlines/plan-reminders';
import { IsoDate, type TrackedRequest } from '../../../lib/deadlines/schema';
import { addEvent, addRequest, readLedger } from '../../../lib/storage/ledger';
import { readQuarantine } from '../../../lib/storage/quarantine';
import { trackedRequest } from '../../fixtures/tracked-requests';

// Issue 10, item 1: Chromium's date field turns "03 01 26" into 0026-03-01; a year 9999 overflows
// the date arithmetic. Every door into the ledger refuses them; what is already stored is set aside.
const BAD = ['0026-03-01', '0000-01-01', '9999-12-31', '1989-12-31', '2101-01-01', '2026-02-30'];
const GOOD = ['1990-01-01', '2026-03-01', '2100-12-31'];
const TODAY = '2026-03-01';

/** A request as an older build could have stored it, bypassing today's validation. */
const damaged = (date: string): TrackedRequest =>
  trackedRequest({
    id: `bad-${date}`,
    sentDate: date,
    events: [{ id: 'e', type: 'sent', date }],
  });

describe('one ledger date type, 1990-01-01..2100-12-31', () => {
  it.each(BAD)('refuses %s', (date) => {
    expect(IsoDate.safeParse(date).success).toBe(false);
  });

  it.each(GOOD)('accepts %s', (date) => {
    expect(IsoDate.safeParse(date).success).toBe(true);
  });

  it('"I sent it" (addRequest) refuses a year 0026', async () => {
    const result = await addRequest(trackedRequest({ sentDate: '0026-03-01' }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await readLedger()).requests).toEqual([]);
  });

  it('the event form (addEvent) refuses a year 0026, and an extension until 9999', async () => {
    await addRequest(trackedRequest());
    const early = await addEvent('req-1', { id: 'x', type: 'answered', date: '0026-03-01' });
    const late = await addEvent('req-1', {
      id: 'y',
      type: 'extended',
      date: '2026-02-01',
      until: '9999-12-31',
    });
    expect(early).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(late).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await readLedger()).requests[0]?.events).toHaveLength(1);
  });

  it('an import rejects an entry sent in 0026 and keeps the good one', () => {
    const file = JSON.stringify({
      format: 'rightful-ledger',
      version: 1,
      exportedAt: '2026-03-01T00:00:00Z',
      requests: [damaged('0026-03-01'), trackedRequest({ id: 'ok' })],
    });
    const parsed = parseImport(file);
    expect(parsed.ok && parsed.value.requests.map((r) => r.id)).toEqual(['ok']);
    expect(parsed.ok && parsed.value.rejected.map((r) => r.id)).toEqual(['bad-0026-03-01']);
  });

  it('a stored entry with a bad date is set aside on read; the others stay', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [damaged('0026-03-01'), trackedRequest({ id: 'ok' })] },
    });
    const read = await readLedger();
    expect(read.requests.map((r) => r.id)).toEqual(['ok']);
    expect(read.problems).toMatchObject([{ kind: 'invalid-entry', index: 0 }]);
    expect((await readQuarantine()).map((q) => (q.raw as { id: string }).id)).toEqual([
      'bad-0026-03-01',
    ]);
  });

  it('runReminderCheck completes with a bad entry in storage', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [damaged('9999-12-31'), trackedRequest({ id: 'ok' })] },
    });
    await expect(runReminderCheck(say, TODAY)).resolves.toBeUndefined();
    // 'ok' (sent 15 Jan 2026, FR) was due 16 Feb 2026: overdue, so the badge counts it.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('reminders and the .ics export skip an entry whose dates cannot be counted', () => {
  const requests = [damaged('0026-03-01'), damaged('9999-12-31'), trackedRequest({ id: 'ok' })];

  it('planReminders and overdueCount', () => {
    expect(() => planReminders(requests, TODAY)).not.toThrow();
    expect(new Set(planReminders(requests, TODAY).map((r) => r.requestId))).toEqual(
      new Set(['ok']),
    );
    expect(overdueCount(requests, TODAY)).toBe(1);
  });

  it('icsCalendar writes the good request only', () => {
    const ics = icsCalendar(requests, { today: '2026-02-01', stamp: '2026-02-01T00:00:00Z' });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:ok-due@rightful.invalid');
  });
});
