import { browser } from 'wxt/browser';
import * as z from 'zod';
import { daysBetween } from '../deadlines/iso-date';
import type { Reminder } from '../deadlines/plan-reminders';
import type { TrackedRequest } from '../deadlines/schema';
import { deriveState } from '../deadlines/timeline';
import { notifiedItem } from '../storage/items';
import { message as key, type Message, type Say } from './message';

/** Prefix of every notification id, so clicks on other extensions' notifications are ignored. */
export const NOTIFICATION_PREFIX = 'rightful:';

/**
 * A 32×32 PNG (white check on blue), inline because Chrome requires an icon for a 'basic'
 * notification and accepts data URLs (chrome.notifications NotificationOptions.iconUrl).
 */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAgklEQVR42u2WQQ7AIAgEeYef6yf7P3ttjFoWcNPDbuKVGRNEzBZp190rj6GRgARoAtUgWEwCJ4u/QxcYQxWYhSaAwCkC1CZEb/8pgBSKwCGBXcEoHBaYFc7AXT2wA2Th7iZcgbJw6BV4cvwvqIaH5kAlPDyIquBaSKi7otZyCfxW4AHGuSW5kmsj8AAAAABJRU5ErkJggg==';

/**
 * Ids of the reminders already shown, so each (request, kind, date) is shown once even though the
 * daily alarm and the due-date alarm both run the check (plan-reminders.ts contract).
 */
export { notifiedItem };

export const notificationId = (r: Reminder): string =>
  `${NOTIFICATION_PREFIX}${r.kind}:${r.date}:${r.requestId}`;

/** Whether the user granted the optional 'notifications' permission (asked on a click, not here). */
export async function notificationsAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** Asks for the optional permission; call it straight from a click (Firefox needs the gesture). */
export async function requestNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** A reminder's title and text, as message keys (the caller's `say` words them). */
export function reminderMessage(
  reminder: Reminder,
  request: TrackedRequest,
  today: string,
): { title: Message; message: Message } {
  const due = deriveState(request, today).due;
  const right = key(`dash_right_${request.right.replace(/-/g, '_')}`);
  if (reminder.kind === 'overdue') {
    return {
      title: key('dash_notify_overdue_title'),
      message: key('dash_notify_overdue_body', request.controller, right, due),
    };
  }
  const title =
    reminder.kind === 'soon'
      ? key('dash_notify_soon_title', daysBetween(today, due))
      : key('dash_notify_today_title');
  return { title, message: key('dash_notify_body', request.controller, right, due) };
}

/**
 * Shows the reminders that are due on `today` and not shown before; returns how many were shown.
 * The caller checks notificationsAllowed() first (the badge is the fallback); `say` is the UI's
 * translator (lib/ui/i18n.ts), passed in by the background's wiring.
 */
export async function notify(
  reminders: readonly Reminder[],
  requests: readonly TrackedRequest[],
  today: string,
  say: Say,
): Promise<number> {
  const stored = z.array(z.string()).safeParse(await notifiedItem.getValue());
  const shown = new Set(stored.success ? stored.data : []);
  const byId = new Map(requests.map((r) => [r.id, r]));
  let count = 0;
  for (const reminder of reminders) {
    const id = notificationId(reminder);
    const request = byId.get(reminder.requestId);
    if (reminder.date > today || shown.has(id) || !request) {
      continue;
    }
    const text = reminderMessage(reminder, request, today);
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: ICON,
      title: say(text.title),
      message: say(text.message),
    });
    shown.add(id);
    count += 1;
  }
  // Keep only ids still planned, so the list does not grow forever.
  const planned = new Set(reminders.map(notificationId));
  await notifiedItem.setValue([...shown].filter((id) => planned.has(id)));
  return count;
}
