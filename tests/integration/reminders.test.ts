import { say, useUiLanguage } from '../../lib/ui/i18n';
import { startUiLanguage } from '../../lib/ui/start-ui-language';
import { saveUiLanguage } from '../../lib/storage/ui-language';
import { shippedMessages } from '../../lib/app/shipped-messages';
import { mergeLocale } from '../../scripts/locales';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DAILY_ALARM,
  registerReminderHandlers,
  runReminderCheck,
  syncAlarms,
} from '../../lib/app/reminders';
import { addEvent, addRequest } from '../../lib/storage/ledger';
import { trackedRequest } from '../fixtures/tracked-requests';

// A (sent Thu 15 Jan 2026, FR): due Sun 15 Feb → Mon 16 Feb 2026, overdue on 1 March.
// B (sent Fri 20 Feb 2026, FR): due Fri 20 March 2026, still waiting on 1 March.
const a = trackedRequest({ id: 'a' });
const b = trackedRequest({
  id: 'b',
  controller: 'Other Shop SARL',
  sentDate: '2026-02-20',
  events: [{ id: 'b-sent', type: 'sent', date: '2026-02-20' }],
});
const TODAY = '2026-03-01';
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();
const names = async () => (await fakeBrowser.alarms.getAll()).map((x) => x.name).sort();

function grantNotifications(granted: boolean) {
  // contains() is overloaded (callback form returns void): pin the promise form.
  const contains = vi.spyOn(fakeBrowser.permissions, 'contains') as unknown as MockInstance<
    () => Promise<boolean>
  >;
  contains.mockResolvedValue(granted);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(local(2026, 3, 1, 10));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('syncAlarms', () => {
  it('creates the daily check and one alarm per waiting request, at 9:00 on its due date', async () => {
    await syncAlarms([a, b], TODAY);
    expect(await names()).toEqual(['rightful-daily', 'rightful-due:b']);
    const daily = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(daily?.periodInMinutes).toBe(1440);
    const due = await fakeBrowser.alarms.get('rightful-due:b');
    expect(due?.scheduledTime).toBe(local(2026, 3, 20, 9));
  });

  it('removes the alarm of a request that was answered or deleted', async () => {
    await syncAlarms([a, b], TODAY);
    const answered = {
      ...b,
      events: [...b.events, { id: 'x', type: 'answered' as const, date: TODAY }],
    };
    await syncAlarms([answered], TODAY);
    expect(await names()).toEqual(['rightful-daily']);
  });

  it('moves the alarm when the deadline moves (extension)', async () => {
    await syncAlarms([b], TODAY);
    const extended = {
      ...b,
      events: [...b.events, { id: 'x', type: 'extended' as const, date: TODAY }],
    };
    await syncAlarms([extended], TODAY);
    // GDPR Art. 12(3) extension counted from receipt: 20 Feb + 3 months = Wed 20 May 2026.
    expect((await fakeBrowser.alarms.get('rightful-due:b'))?.scheduledTime).toBe(
      local(2026, 5, 20, 9),
    );
  });

  it('keeps the daily alarm as it is instead of rescheduling it', async () => {
    await syncAlarms([], TODAY);
    const first = await fakeBrowser.alarms.get(DAILY_ALARM);
    vi.setSystemTime(local(2026, 3, 1, 18));
    await syncAlarms([], TODAY);
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });
});

describe('the reminder check', () => {
  beforeEach(async () => {
    await addRequest(a);
    await addRequest(b);
  });

  it('with notifications allowed: notifies the overdue request and counts it on the badge', async () => {
    grantNotifications(true);
    await runReminderCheck(say, TODAY);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
      'rightful:overdue:2026-02-17:a',
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('with notifications declined: no notification, the badge carries the reminder', async () => {
    grantNotifications(false);
    await runReminderCheck(say, TODAY);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('runs when the daily alarm fires (registered listeners)', async () => {
    grantNotifications(true);
    registerReminderHandlers(say);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: DAILY_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
      expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
    });
  });

  it('ignores alarms that are not its own', async () => {
    grantNotifications(true);
    registerReminderHandlers(say);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'someone-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('follows ledger changes: answering the overdue request clears the badge', async () => {
    grantNotifications(false);
    registerReminderHandlers(say);
    await runReminderCheck(say, TODAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await addEvent('a', { id: 'ans', type: 'answered', date: TODAY });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.action.getBadgeText({})).toBe('');
      expect(await names()).toEqual(['rightful-daily', 'rightful-due:b']);
    });
  });

  it('opens the dashboard when one of its notifications is clicked', async () => {
    registerReminderHandlers(say);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('rightful:overdue:2026-02-17:a');
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: 'chrome-extension://test-extension-id/dashboard.html',
      }),
    );
  });
});

describe('notifications speak the language chosen in the settings', () => {
  beforeEach(async () => {
    await addRequest(a);
    grantNotifications(true);
  });
  afterEach(async () => {
    await useUiLanguage(undefined);
  });
  const created = () => Object.values(fakeBrowser.notifications.getAllCreateOptions());

  it('French chosen in a browser that speaks English: the reminder is in French', async () => {
    await saveUiLanguage('fr');
    await runReminderCheck(say, TODAY, startUiLanguage);
    expect(created()[0]?.title).toBe('Délai dépassé');
    expect(created()[0]?.message).toContain("Example Shop SAS n'a pas répondu à votre demande");
  });

  it('the choice made after start-up counts: the alarm reads it at each check', async () => {
    registerReminderHandlers(say, startUiLanguage);
    await saveUiLanguage('de');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: DAILY_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(() => expect(created()).toHaveLength(1));
    const german = JSON.parse(readFileSync('locales/de/dashboard.json', 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(created()[0]?.title).toBe(german.dash_notify_overdue_title?.message);
  });

  it('no choice ("auto"): the browser’s language', async () => {
    await saveUiLanguage('auto');
    await runReminderCheck(say, TODAY, startUiLanguage);
    expect(created()[0]?.title).toBe('Deadline passed');
  });

  it('the background reads the chosen language from the shipped _locales (no import())', async () => {
    const fetch = vi.fn((_url: string) =>
      Promise.resolve(new Response(JSON.stringify(mergeLocale('.', 'pt')), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetch);
    await saveUiLanguage('pt');
    await runReminderCheck(say, TODAY, () => startUiLanguage(shippedMessages));
    vi.unstubAllGlobals();
    expect(fetch).toHaveBeenCalledWith(
      'chrome-extension://test-extension-id/_locales/pt_PT/messages.json',
    );
    const portuguese = mergeLocale('.', 'pt');
    expect(created()[0]?.title).toBe(portuguese.dash_notify_overdue_title?.message);
  });
});
