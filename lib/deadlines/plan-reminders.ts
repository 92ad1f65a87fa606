import { addDays } from './iso-date';
import type { TrackedRequest } from './schema';
import { tryDeriveState } from './timeline';

/** How many days before the due date the "soon" reminder comes. */
export const REMINDER_LEAD_DAYS = 3;

export interface Reminder {
  requestId: string;
  kind: 'soon' | 'due-today' | 'overdue';
  /** The day the reminder is for; (requestId, kind, date) identifies it for de-duplication. */
  date: string;
}

const WAITING = new Set(['sent', 'acknowledged', 'extended', 'overdue']);

/**
 * The reminders of the requests still waiting for an answer: a few days before the due date, on
 * the day, and the day after it (overdue). Reminders dated before `today` are left out, except the
 * overdue one, which stays so that a day the browser was closed is caught up; the caller notifies
 * each (requestId, kind, date) once. A due date that moves (extension, ID pause) moves its
 * reminders, since everything is derived again from the events.
 */
export function planReminders(requests: readonly TrackedRequest[], today: string): Reminder[] {
  const reminders: Reminder[] = [];
  for (const request of requests) {
    const state = tryDeriveState(request, today);
    if (!state || !WAITING.has(state.status)) {
      continue;
    }
    const planned: Reminder[] = [
      { requestId: request.id, kind: 'soon', date: addDays(state.due, -REMINDER_LEAD_DAYS) },
      { requestId: request.id, kind: 'due-today', date: state.due },
      { requestId: request.id, kind: 'overdue', date: addDays(state.due, 1) },
    ];
    reminders.push(...planned.filter((r) => r.kind === 'overdue' || r.date >= today));
  }
  return reminders.sort(
    (a, b) => a.date.localeCompare(b.date) || a.requestId.localeCompare(b.requestId),
  );
}

/** How many requests are past their due date without an answer (the toolbar badge). */
export function overdueCount(requests: readonly TrackedRequest[], today: string): number {
  return requests.filter((r) => tryDeriveState(r, today)?.status === 'overdue').length;
}
