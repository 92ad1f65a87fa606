import { daysBetween } from './iso-date';
import type { ClockRule, PeriodRule } from '../legal/periods.data';
import type { RequestEvent } from './schema';

/** Why the clock moved; `key` is a UI message key suffix (dash_explain_*). */
export interface ClockExplanation {
  key:
    | 'id-pause-applied'
    | 'id-pause-ongoing'
    | 'id-request-late'
    | 'id-pause-not-in-law'
    | 'id-restart-applied'
    | 'id-restart-ongoing'
    | 'clarification-pause-applied'
    | 'clarification-pause-ongoing'
    | 'clarification-request-late'
    | 'clarification-not-in-law';
  params: Record<string, string | number>;
}

export interface Clock {
  /** Days that do not count (a pause for ID or clarification). */
  pausedDays: number;
  /** UK GDPR Art. 12A: the day the period runs afresh from (the ID arrived), if later than receipt. */
  restartedOn?: string;
  explanations: ClockExplanation[];
}

type Pair = [from: string, to: string, ongoing: boolean];

/** Controller's request → the user's answer; an unanswered one runs until `today`. */
function pairs(
  events: readonly RequestEvent[],
  asked: RequestEvent['type'],
  answered: RequestEvent['type'],
  today: string,
): Pair[] {
  const found: Pair[] = [];
  let open: string | undefined;
  for (const event of events) {
    if (event.type === asked && open === undefined) {
      open = event.date;
    } else if (event.type === answered && open !== undefined) {
      found.push([open, event.date, false]);
      open = undefined;
    }
  }
  if (open !== undefined) {
    found.push([open, today > open ? today : open, true]);
  }
  return found;
}

function pause(
  sentDate: string,
  found: Pair[],
  rule: ClockRule,
  what: 'id' | 'clarification',
  clock: Clock,
): void {
  for (const [from, to, ongoing] of found) {
    if (rule.mode === 'never') {
      const key = what === 'id' ? 'id-pause-not-in-law' : 'clarification-not-in-law';
      clock.explanations.push({ key, params: { citation: rule.citation } });
      continue;
    }
    if (rule.mode === 'restart') {
      // UK GDPR Art. 12A: the period runs from the ID's arrival; until then it has not started.
      const key = ongoing ? 'id-restart-ongoing' : 'id-restart-applied';
      clock.explanations.push({ key, params: { from, to, citation: rule.citation } });
      if (!clock.restartedOn || to > clock.restartedOn) {
        clock.restartedOn = to;
      }
      continue;
    }
    const delay = daysBetween(sentDate, from);
    if (rule.promptDays !== undefined && delay > rule.promptDays) {
      const params = { date: from, delay, promptDays: rule.promptDays };
      clock.explanations.push({ key: `${what}-request-late`, params });
      continue;
    }
    const span = Math.max(0, daysBetween(from, to));
    clock.pausedDays += span;
    const key = `${what}-pause-${ongoing ? 'ongoing' : 'applied'}` as const;
    clock.explanations.push({ key, params: { from, to, days: span, citation: rule.citation } });
  }
}

/**
 * What the controller's requests for ID or clarification do to the clock under `rule`, from the
 * request's events in chronological order. GDPR (EDPB GL 01/2022 §159): a pause for the days the
 * controller waited, if it asked promptly. UK GDPR Art. 12A: ID restarts the month, clarification
 * pauses it. CCPA §7021(b): nothing stops the 45 days.
 */
export function clockOf(
  sentDate: string,
  events: readonly RequestEvent[],
  rule: PeriodRule,
  today: string,
): Clock {
  const clock: Clock = { pausedDays: 0, explanations: [] };
  pause(sentDate, pairs(events, 'id-requested', 'id-provided', today), rule.idPause, 'id', clock);
  const asked = pairs(events, 'clarification-requested', 'clarification-provided', today);
  pause(sentDate, asked, rule.clarification, 'clarification', clock);
  return clock;
}
