import * as z from 'zod';
import { CATALOGUE, type Law, type Right } from './catalogue.data';
import { hasStatutoryPeriod, NO_PERIOD_CITATION, periodRule, type Period } from './periods.data';
import { usStateLaw } from './us-states.data';

/**
 * How long the controller has to reply, as the composer states it: read off the period rules
 * (periods.data.ts), the one home of every period, so the composer, the deadline engine and the
 * letters cannot disagree. `amount` is absent where the statute sets no period for the right.
 */
export const ReplyDeadline = z.object({
  amount: z.number().int().positive().optional(),
  unit: z.enum(['months', 'days', 'business-days']).optional(),
  citation: z.string(),
  text: z.string(),
});
export type ReplyDeadline = z.infer<typeof ReplyDeadline>;

const UNIT = {
  months: 'months',
  'calendar-days': 'days',
  'business-days': 'business-days',
} as const;

function said(period: Period): string {
  const unit = UNIT[period.unit].replace('-', ' ');
  return `${period.amount} ${period.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** The reply period of a right under a law; undefined where the law does not grant the right. */
export function replyDeadline(law: Law, right: Right): ReplyDeadline | undefined {
  const entry = CATALOGUE[law].rights[right];
  if (!entry) {
    return undefined;
  }
  if (!hasStatutoryPeriod(law, right)) {
    const citation = NO_PERIOD_CITATION[law] ?? entry.citations[0] ?? 'none';
    return { citation, text: 'no fixed period in the statute' };
  }
  const rule = periodRule(law, right);
  const appeal = usStateLaw(law)?.appeal;
  const text = [
    `${said(rule.period)} from receipt`,
    ...(rule.extension ? [`extendable to ${said(rule.extension.period)} in all, with notice`] : []),
    ...(rule.extensionSetByController ? ['if not, the controller says by when'] : []),
    ...(rule.acknowledge ? [`receipt confirmed within ${said(rule.acknowledge.period)}`] : []),
    ...(appeal ? [`an appeal is decided within ${appeal.days} days`] : []),
  ].join('; ');
  return {
    amount: rule.period.amount,
    unit: UNIT[rule.period.unit],
    // A rule cites the statute's period provision first, then the counting rules after ';'.
    citation: rule.citation.split(';')[0]?.trim() ?? rule.citation,
    text,
  };
}
