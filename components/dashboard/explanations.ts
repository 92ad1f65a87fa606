import type { DeadlineReading } from '../../lib/deadlines/compute-deadline';
import type { Reading } from '../../lib/legal/periods.data';
import type { RequestState, TimelineExplanation } from '../../lib/deadlines/timeline';
import { t } from '../../lib/ui/i18n';
import { localCitation } from '../../lib/ui/legal-names';

/** Named params → the positional $1, $2… of each message (dash_explain_*, dash_reading_*). */
export const EXPLANATION_PARAMS: Record<TimelineExplanation['key'], readonly string[]> = {
  'id-pause-applied': ['from', 'to', 'days', 'citation'],
  'id-pause-ongoing': ['from', 'days', 'citation'],
  'id-request-late': ['date', 'delay', 'promptDays'],
  'id-pause-not-in-law': ['citation'],
  'id-restart-applied': ['from', 'to', 'citation'],
  'id-restart-ongoing': ['from', 'to', 'citation'],
  'clarification-pause-applied': ['from', 'to', 'days', 'citation'],
  'clarification-pause-ongoing': ['from', 'days', 'citation'],
  'clarification-request-late': ['date', 'delay', 'promptDays'],
  'clarification-not-in-law': ['citation'],
  'extension-applied': ['date'],
  'extension-late': ['date', 'due'],
  'extension-not-in-law': [],
  'extension-until': ['date', 'until'],
  'extension-without-date': ['date'],
};

export const READING_PARAMS: Record<Reading, readonly string[]> = {
  'extension-from-receipt': ['alternative'],
  'roll-over-assumed': [],
  'calendar-days-assumed': [],
  'reference-period': [],
  'id-pause-by-analogy': [],
  'small-agent-assumed': ['alternative'],
};

const keyPart = (key: string) => key.replace(/-/g, '_');
// A citation is shown in the UI language where we can render it whole (lib/ui/legal-names.ts).
const values = (params: Record<string, string | number>, names: readonly string[]) =>
  names.map((name) =>
    name === 'citation' ? localCitation(String(params[name] ?? '')) : (params[name] ?? ''),
  );

function readingApplies(reading: DeadlineReading, state: RequestState): boolean {
  switch (reading.key) {
    // Only worth saying once the controller has extended / the clock has been paused.
    // When both readings give the same date there is nothing to choose between (issue 12).
    case 'extension-from-receipt':
      return (
        state.extendedDue !== undefined &&
        reading.params.alternative !== undefined &&
        reading.params.alternative !== state.extendedDue
      );
    case 'id-pause-by-analogy':
      return state.pausedDays > 0;
    default:
      return true;
  }
}

/**
 * The sentences that explain a request's dates: the events that moved them (pause, extension)
 * and, where the law is unsettled, the protective reading we took (issue 6: "say so in the UI").
 */
export function explain(state: RequestState): string[] {
  const events = state.explanations.map((e) =>
    t(`dash_explain_${keyPart(e.key)}`, ...values(e.params, EXPLANATION_PARAMS[e.key])),
  );
  const readings = state.deadline.readings
    .filter((r) => readingApplies(r, state))
    .map((r) => t(`dash_reading_${keyPart(r.key)}`, ...values(r.params, READING_PARAMS[r.key])));
  return [...events, ...readings];
}
