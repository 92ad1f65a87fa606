import { clockOf } from './clock';
import type { ClockExplanation } from './clock';
import { computeDeadline } from './compute-deadline';
import type { Deadline } from './compute-deadline';
import { daysBetween, isLedgerDate } from './iso-date';
import { periodRule } from '../legal/periods.data';
import type { PeriodRule } from '../legal/periods.data';
import type { RequestEvent, RequestStatus, TrackedRequest } from './schema';

/** Why the dates are what they are, beyond the counting rules; `key` is a UI message key suffix. */
export interface TimelineExplanation {
  key:
    | ClockExplanation['key']
    | 'extension-applied'
    | 'extension-late'
    | 'extension-not-in-law'
    | 'extension-until'
    | 'extension-without-date';
  params: Record<string, string | number>;
}

export interface RequestState {
  status: RequestStatus;
  /** The date that counts now: the extended one once an extension was notified in time. */
  due: string;
  /** The first-period date, before any extension. */
  originalDue: string;
  extendedDue?: string;
  acknowledgeBy?: string;
  /** Days from `today` to `due`; negative once overdue. */
  daysLeft: number;
  pausedDays: number;
  explanations: TimelineExplanation[];
  deadline: Deadline;
}

/** Stable chronological order: by date, then as recorded. */
function chronological(events: readonly RequestEvent[]): RequestEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/** Whether an extension counts: notified within the first period (GDPR Art. 12(3), §7021(b)). */
interface ExtensionState {
  extended: boolean;
  until?: string;
  explanations: TimelineExplanation[];
}

function extension(events: RequestEvent[], rule: PeriodRule, firstDue: string): ExtensionState {
  const event = events.find((e) => e.type === 'extended');
  if (!event || event.type !== 'extended') {
    return { extended: false, explanations: [] };
  }
  if (!rule.extension && !rule.extensionSetByController) {
    return { extended: false, explanations: [{ key: 'extension-not-in-law', params: {} }] };
  }
  if (event.date > firstDue) {
    const params = { date: event.date, due: firstDue };
    return { extended: false, explanations: [{ key: 'extension-late', params }] };
  }
  if (rule.extensionSetByController) {
    const until = event.until && event.until > firstDue ? event.until : undefined;
    const explanation: TimelineExplanation = until
      ? { key: 'extension-until', params: { date: event.date, until } }
      : { key: 'extension-without-date', params: { date: event.date } };
    return { extended: until !== undefined, until, explanations: [explanation] };
  }
  return {
    extended: true,
    explanations: [{ key: 'extension-applied', params: { date: event.date } }],
  };
}

function statusOf(events: RequestEvent[], overdue: boolean, extended: boolean): RequestStatus {
  if (events.some((e) => e.type === 'closed')) {
    return 'closed';
  }
  const last = events.findLast((e) => e.type === 'answered' || e.type === 'escalated');
  if (last) {
    return last.type === 'answered' ? 'answered' : 'escalated';
  }
  if (overdue) {
    return 'overdue';
  }
  if (extended) {
    return 'extended';
  }
  return events.some((e) => e.type === 'acknowledged') ? 'acknowledged' : 'sent';
}

/** The request's status and dates on `today`, derived from its events (nothing is stored). */
export function deriveState(request: TrackedRequest, today: string): RequestState {
  const rule = periodRule(request.law, request.right);
  const events = chronological(request.events);
  const pause = clockOf(request.sentDate, events, rule, today);
  const input = {
    law: request.law,
    right: request.right,
    received: request.sentDate,
    country: request.country,
    ...(request.subdivision ? { subdivision: request.subdivision } : {}),
    ...(request.smallAgent !== undefined ? { smallAgent: request.smallAgent } : {}),
    ...(pause.restartedOn ? { restartedOn: pause.restartedOn } : {}),
    pausedDays: pause.pausedDays,
  };
  const first = computeDeadline(input);
  const ext = extension(events, rule, first.due);
  const deadline = ext.extended ? computeDeadline({ ...input, extended: true }) : first;
  const extendedDue = ext.until ?? deadline.extendedDue;
  const due = extendedDue ?? deadline.due;
  return {
    status: statusOf(events, today > due, ext.extended),
    due,
    originalDue: deadline.due,
    ...(extendedDue ? { extendedDue } : {}),
    ...(deadline.acknowledgeBy ? { acknowledgeBy: deadline.acknowledgeBy } : {}),
    daysLeft: daysBetween(today, due),
    pausedDays: pause.pausedDays,
    explanations: [...pause.explanations, ...ext.explanations],
    deadline,
  };
}

/**
 * deriveState, or undefined for a request whose dates cannot be counted (an entry stored by an
 * older build, before dates were range-checked): one bad entry never stops the reminders, the
 * calendar export or the dashboard for the others (issue 10, item 1).
 */
export function tryDeriveState(request: TrackedRequest, today: string): RequestState | undefined {
  const dates = [request.sentDate, ...request.events.flatMap((e) => [e.date, untilOf(e)])];
  if (!dates.every((date) => date === undefined || isLedgerDate(date))) {
    return undefined;
  }
  try {
    return deriveState(request, today);
  } catch {
    return undefined;
  }
}

function untilOf(event: RequestEvent): string | undefined {
  return event.type === 'extended' ? event.until : undefined;
}
