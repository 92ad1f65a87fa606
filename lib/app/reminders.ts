import { browser } from 'wxt/browser';
import { overdueCount, planReminders } from '../deadlines/plan-reminders';
import type { TrackedRequest } from '../deadlines/schema';
import { tryDeriveState } from '../deadlines/timeline';
import { ledgerItem, readLedger, requestsOf } from '../storage/ledger';
import { badge } from './badge';
import { localToday, openDashboard } from './ledger-service';
import { NOTIFICATION_PREFIX, notificationsAllowed, notify } from './notify';
import type { Say } from './message';

/** Loads the UI language the user chose before `say` words anything (lib/ui wires it in). */
type Prepare = () => Promise<unknown>;

/** The daily check: catches up whatever the per-date alarms missed (browser closed, pauses). */
export const DAILY_ALARM = 'rightful-daily';
/** One alarm per open request, named by its id, at REMIND_HOUR on its due date. */
export const DUE_ALARM_PREFIX = 'rightful-due:';
const REMIND_HOUR = 9;
const WAITING = new Set(['sent', 'acknowledged', 'extended']);

/** Local REMIND_HOUR o'clock on `iso` ('YYYY-MM-DD'), as epoch milliseconds. */
function remindTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, REMIND_HOUR).getTime();
}

/**
 * Makes the alarms match the ledger: the daily alarm exists, each request still waiting has an
 * alarm on its (current) due date, and no alarm is left for a request answered, closed or gone.
 */
export async function syncAlarms(
  requests: readonly TrackedRequest[],
  today: string,
  now: number = Date.now(),
): Promise<void> {
  const existing = await browser.alarms.getAll();
  if (!existing.some((a) => a.name === DAILY_ALARM)) {
    await browser.alarms.create(DAILY_ALARM, { delayInMinutes: 1, periodInMinutes: 1440 });
  }
  const wanted = new Map<string, number>();
  for (const request of requests) {
    const state = tryDeriveState(request, today);
    const when = state ? remindTime(state.due) : Number.NaN;
    if (state && WAITING.has(state.status) && when > now) {
      wanted.set(`${DUE_ALARM_PREFIX}${request.id}`, when);
    }
  }
  for (const alarm of existing) {
    if (alarm.name.startsWith(DUE_ALARM_PREFIX) && !wanted.has(alarm.name)) {
      await browser.alarms.clear(alarm.name);
    }
  }
  for (const [name, when] of wanted) {
    // create() replaces an alarm of the same name; skip it when nothing moved.
    if (existing.find((a) => a.name === name)?.scheduledTime !== when) {
      await browser.alarms.create(name, { when });
    }
  }
}

/**
 * The check the alarms run: the badge always shows the overdue count, and the reminders due
 * today become notifications when the user allowed them (otherwise the badge is the reminder).
 */
export async function runReminderCheck(
  say: Say,
  today: string = localToday(),
  prepare: Prepare = () => Promise.resolve(),
): Promise<void> {
  const { requests } = await readLedger();
  await badge(overdueCount(requests, today));
  await syncAlarms(requests, today);
  // Last: the notifications namespace may be missing (permission granted after start-up).
  if ((await notificationsAllowed()) && browser.notifications) {
    // The language chosen in the settings, read now: it may have changed since start-up.
    await prepare();
    await notify(planReminders(requests, today), requests, today, say);
  }
}

/** Runs the check in the background; a failure is logged, never thrown into the event loop. */
function check(say: Say, prepare: Prepare): void {
  runReminderCheck(say, localToday(), prepare).catch((error: unknown) =>
    console.error('[rightful] reminders', error),
  );
}

/**
 * Registers the reminder listeners (`say`: the UI's translator, for the notifications' text;
 * `prepare`: makes it speak the language chosen in the settings, lib/ui/start-ui-language.ts).
 * Call synchronously from the background's main(): an MV3 service worker only gets events whose
 * listeners were added in its first turn.
 */
export function registerReminderHandlers(
  say: Say,
  prepare: Prepare = () => Promise.resolve(),
): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM || alarm.name.startsWith(DUE_ALARM_PREFIX)) {
      check(say, prepare);
    }
  });
  browser.runtime.onInstalled.addListener(() => check(say, prepare));
  browser.runtime.onStartup.addListener(() => check(say, prepare));
  // Any ledger change (popup "sent", dashboard action, import) moves alarms and the badge.
  ledgerItem.watch((raw) => {
    const requests = requestsOf(raw);
    const today = localToday();
    void Promise.all([badge(overdueCount(requests, today)), syncAlarms(requests, today)]).catch(
      (error: unknown) => console.error('[rightful] reminders', error),
    );
  });
  // Absent until the optional permission is granted (Chrome leaves the namespace undefined).
  browser.notifications?.onClicked.addListener((id) => {
    if (id.startsWith(NOTIFICATION_PREFIX)) {
      void browser.notifications.clear(id);
      void openDashboard();
    }
  });
}
