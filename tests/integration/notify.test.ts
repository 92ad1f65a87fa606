import { say } from '../../lib/ui/i18n';
import { describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notificationsAllowed, notify } from '../../lib/app/notify';
import type { Reminder } from '../../lib/deadlines/plan-reminders';
import { trackedRequest } from '../fixtures/tracked-requests';

// The fake browser does not implement permissions: each test says what the user granted.
function grant(result: boolean | Error) {
  // contains() is overloaded (callback form returns void): pin the promise form.
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains') as unknown as MockInstance<
    () => Promise<boolean>
  >;
  if (result instanceof Error) {
    contains.mockRejectedValue(result);
  } else {
    contains.mockResolvedValue(result);
  }
}

// Sent 2026-01-15 to a French controller: due Sunday 15 February → Monday 16 February 2026.
const request = trackedRequest({ id: 'a' });
const overdue: Reminder = { requestId: 'a', kind: 'overdue', date: '2026-02-17' };
const created = () => fakeBrowser.notifications.getAllCreateOptions();

describe('notificationsAllowed', () => {
  it.each([
    [true, true],
    [false, false],
    [new Error('permissions API unavailable'), false],
  ])('permissions.contains → %s gives %s', async (granted, expected) => {
    grant(granted);
    expect(await notificationsAllowed()).toBe(expected);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({
      permissions: ['notifications'],
    });
  });
});

describe('notify', () => {
  it('shows an overdue reminder naming the controller and the due date', async () => {
    expect(await notify([overdue], [request], '2026-03-01', say)).toBe(1);
    const options = created()['rightful:overdue:2026-02-17:a'];
    expect(options).toMatchObject({ type: 'basic', title: 'Deadline passed' });
    expect(options?.message).toContain('Example Shop SAS');
    expect(options?.message).toContain('due Feb 16, 2026');
    expect(options?.iconUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('shows each reminder once, even when two alarms run the check', async () => {
    await notify([overdue], [request], '2026-03-01', say);
    await fakeBrowser.notifications.clear('rightful:overdue:2026-02-17:a');
    expect(await notify([overdue], [request], '2026-03-02', say)).toBe(0);
    expect(created()).toEqual({});
  });

  it('waits for the day of a reminder and skips requests no longer in the ledger', async () => {
    const soon: Reminder = { requestId: 'a', kind: 'soon', date: '2026-02-13' };
    const gone: Reminder = { requestId: 'zzz', kind: 'due-today', date: '2026-02-10' };
    expect(await notify([soon, gone], [request], '2026-02-10', say)).toBe(0);
    expect(await notify([soon], [request], '2026-02-13', say)).toBe(1);
    expect(created()['rightful:soon:2026-02-13:a']).toMatchObject({
      title: 'Deadline in 3 days',
    });
  });

  it('survives a damaged "already shown" list', async () => {
    await fakeBrowser.storage.local.set({ notified: 'garbage' });
    expect(await notify([overdue], [request], '2026-03-01', say)).toBe(1);
  });
});
