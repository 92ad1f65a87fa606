import * as z from 'zod';
import { hasHolidayData, holidaysOn } from './holidays';
import { addDays, addMonths, WEEKDAYS, weekday } from './iso-date';
import { periodRule, STATUTORY_RIGHTS } from '../legal/periods.data';
import type { Period, PeriodRule, Reading, RollOver } from '../legal/periods.data';
import { CountryCode, IsoDate, Law, Right, SubdivisionCode } from './schema';

export const DeadlineInput = z.object({
  law: Law,
  right: Right,
  /** Day the request reached the controller (we use the day it was sent). */
  received: IsoDate,
  /** The controller's country; its public holidays count (Reg. 1182/71 Art. 2). */
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  /** The controller notified an extension in time. */
  extended: z.boolean().optional(),
  /** Days the clock stood still while the controller waited for ID (clock.ts decides). */
  pausedDays: z.number().int().min(0).optional(),
  /** UK GDPR Art. 12A: the period runs from this later day (the ID asked for arrived). */
  restartedOn: IsoDate.optional(),
  /** LGPD: the controller is (true) or is not (false) a small processing agent; unknown → later date. */
  smallAgent: z.boolean().optional(),
});
export type DeadlineInput = z.infer<typeof DeadlineInput>;

/** One rule applied, for the explanation; `key` is a UI message key suffix. */
export interface DeadlineStep {
  key:
    | 'added-months'
    | 'added-days'
    | 'added-business-days'
    | 'month-end-clamp'
    | 'paused-for-id'
    | 'restarted'
    | 'doubled-small-agent'
    | 'default-subdivision'
    | 'rolled-over-weekend'
    | 'rolled-over-holiday'
    | 'no-holiday-data';
  applies: 'due' | 'extendedDue' | 'acknowledgeBy';
  params: Record<string, string | number>;
}

export interface Deadline {
  due: string;
  extendedDue?: string;
  acknowledgeBy?: string;
  rule: string;
  citation: string;
  extensionCitation?: string;
  acknowledgeCitation?: string;
  /** revFADP: the extended date is the one the controller announces (DPO Art. 18(2)). */
  extensionSetByController?: boolean;
  steps: DeadlineStep[];
  /** Where the law is unsettled, the reading we took (the later date); the UI explains each. */
  readings: DeadlineReading[];
}

export interface DeadlineReading {
  key: Reading;
  /** e.g. the earlier date the other reading would give ('alternative'). */
  params: Record<string, string | number>;
}

/** GB-ENG: England's bank holidays are England and Wales' (date-holidays lists both alike). */
export const DEFAULT_GB_NATION = 'GB-ENG';

interface Context {
  country: string;
  subdivision?: string;
  steps: DeadlineStep[];
  applies: DeadlineStep['applies'];
}

function step(ctx: Context, key: DeadlineStep['key'], params: DeadlineStep['params']): void {
  if (key === 'no-holiday-data' && ctx.steps.some((s) => s.key === key)) {
    return;
  }
  ctx.steps.push({ key, applies: ctx.applies, params });
}

/** Whether `date` must give way to the next day under `rollOver` (and says why in a step). */
function skipDay(date: string, rollOver: RollOver, ctx: Context): boolean {
  const day = weekday(date);
  if (day === 7 || (day === 6 && rollOver === 'working-day')) {
    step(ctx, 'rolled-over-weekend', { date, weekday: WEEKDAYS[day - 1] ?? '' });
    return true;
  }
  if (!hasHolidayData(ctx.country, Number(date.slice(0, 4)))) {
    step(ctx, 'no-holiday-data', { country: ctx.country, year: date.slice(0, 4) });
    return false;
  }
  const [holiday] = holidaysOn(date, ctx.country, ctx.subdivision);
  if (holiday) {
    const { name, localName, scope } = holiday;
    step(ctx, 'rolled-over-holiday', { date, name, localName, scope });
    return true;
  }
  return false;
}

/** Reg. 1182/71 Art. 3(4): a last day that is not a working day gives way to the next one. */
function rollForward(date: string, rollOver: RollOver, ctx: Context): string {
  let current = date;
  while (rollOver !== 'none' && skipDay(current, rollOver, ctx)) {
    current = addDays(current, 1);
  }
  return current;
}

function isBusinessDay(date: string, ctx: Context): boolean {
  const day = weekday(date);
  return day < 6 && holidaysOn(date, ctx.country, ctx.subdivision).length === 0;
}

/** The last day of `period` counted from `received` (day of receipt not counted), unrolled. */
function endOfPeriod(received: string, period: Period, ctx: Context): string {
  if (period.unit === 'months') {
    const { date, clamped } = addMonths(received, period.amount);
    step(ctx, 'added-months', { months: period.amount, from: received, to: date });
    if (clamped) {
      step(ctx, 'month-end-clamp', { day: Number(received.slice(8)), date });
    }
    return date;
  }
  if (period.unit === 'calendar-days') {
    const date = addDays(received, period.amount);
    step(ctx, 'added-days', { days: period.amount, from: received, to: date });
    return date;
  }
  let date = received;
  let skipped = 0;
  for (let counted = 0; counted < period.amount;) {
    date = addDays(date, 1);
    if (isBusinessDay(date, ctx)) {
      counted++;
    } else {
      skipped++;
    }
  }
  if (!hasHolidayData(ctx.country, Number(date.slice(0, 4)))) {
    step(ctx, 'no-holiday-data', { country: ctx.country, year: date.slice(0, 4) });
  }
  step(ctx, 'added-business-days', { days: period.amount, from: received, to: date, skipped });
  return date;
}

/** Whether anything can stop this rule's clock (an ID check or a clarification). */
function pausable(rule: PeriodRule): boolean {
  return rule.idPause.mode === 'pause' || rule.clarification.mode === 'pause';
}

/** The day the period runs from: receipt, or the later day it restarted (UK GDPR Art. 12A). */
function startOf(input: DeadlineInput): string {
  return input.restartedOn && input.restartedOn > input.received
    ? input.restartedOn
    : input.received;
}

/** Res. CD/ANPD 2/2022 art. 14: a small agent's periods are doubled (unknown → doubled). */
function scaled(period: Period, rule: PeriodRule, input: DeadlineInput): Period {
  const factor =
    rule.smallAgentFactor && input.smallAgent !== false ? rule.smallAgentFactor.factor : 1;
  return { ...period, amount: period.amount * factor };
}

function deadlineOf(input: DeadlineInput, period: Period, rule: PeriodRule, ctx: Context): string {
  const start = startOf(input);
  if (start !== input.received) {
    step(ctx, 'restarted', { from: input.received, to: start, citation: rule.idPause.citation });
  }
  const counted = scaled(period, rule, input);
  if (counted.amount !== period.amount && rule.smallAgentFactor) {
    const { citation, factor } = rule.smallAgentFactor;
    step(ctx, 'doubled-small-agent', { factor, days: counted.amount, citation });
  }
  let end = endOfPeriod(start, counted, ctx);
  const paused = pausable(rule) ? (input.pausedDays ?? 0) : 0;
  if (paused > 0) {
    const from = end;
    end = addDays(end, paused);
    step(ctx, 'paused-for-id', { days: paused, from, to: end });
  }
  return period.unit === 'business-days' ? end : rollForward(end, rule.rollOver, ctx);
}

/**
 * The other reading of GDPR Art. 12(3): two further months chained onto the unrolled one-month
 * date. It is never later than three months from receipt; we show it, we do not use it.
 */
function chainedExtension(input: DeadlineInput, rule: PeriodRule): string {
  const ctx: Context = { country: input.country.toUpperCase(), steps: [], applies: 'extendedDue' };
  ctx.subdivision = input.subdivision;
  const first = addMonths(startOf(input), rule.period.amount).date;
  const paused = pausable(rule) ? (input.pausedDays ?? 0) : 0;
  return rollForward(addDays(addMonths(first, 2).date, paused), rule.rollOver, ctx);
}

/** The legal deadline of a request, with every rule applied, table-driven (periods.data.ts). */
export function computeDeadline(input: DeadlineInput): Deadline {
  const rule = periodRule(input.law, input.right);
  const steps: DeadlineStep[] = [];
  const country = input.country.toUpperCase();
  // Bank holidays differ between the UK's nations; with none recorded we count England and
  // Wales' (the most populous jurisdiction), and the user can pick another nation.
  const subdivision =
    input.subdivision?.toUpperCase() ?? (country === 'GB' ? DEFAULT_GB_NATION : undefined);
  if (!input.subdivision && subdivision) {
    steps.push({ key: 'default-subdivision', applies: 'due', params: { subdivision } });
  }
  const base = { country, subdivision, steps };
  const readings: DeadlineReading[] = rule.readings
    // Say a reading only where it changed something: an extension, a pause.
    .filter((key) => key !== 'extension-from-receipt' || input.extended)
    .filter((key) => key !== 'id-pause-by-analogy' || (input.pausedDays ?? 0) > 0)
    .map((key) => ({ key, params: {} }));
  if (!(STATUTORY_RIGHTS[input.law]?.includes(input.right) ?? true)) {
    readings.push({ key: 'reference-period', params: {} });
  }
  if (rule.smallAgentFactor && input.smallAgent === undefined) {
    const plain = { ...input, smallAgent: false };
    const ctx: Context = { country, subdivision, steps: [], applies: 'due' };
    readings.push({
      key: 'small-agent-assumed',
      params: { alternative: deadlineOf(plain, rule.period, rule, ctx) },
    });
  }
  const result: Deadline = {
    due: deadlineOf(input, rule.period, rule, { ...base, applies: 'due' }),
    rule: rule.key,
    citation: rule.citation,
    steps,
    readings,
  };
  if (input.extended && rule.extension) {
    const ctx: Context = { ...base, applies: 'extendedDue' };
    result.extendedDue = deadlineOf(input, rule.extension.period, rule, ctx);
    result.extensionCitation = rule.extension.citation;
    const reading = readings.find((r) => r.key === 'extension-from-receipt');
    if (reading) {
      reading.params = { alternative: chainedExtension(input, rule) };
    }
  }
  if (input.extended && rule.extensionSetByController) {
    result.extensionSetByController = true;
    result.extensionCitation = rule.extensionSetByController.citation;
  }
  if (rule.acknowledge) {
    const ctx: Context = { ...base, applies: 'acknowledgeBy' };
    result.acknowledgeBy = endOfPeriod(input.received, rule.acknowledge.period, ctx);
    result.acknowledgeCitation = rule.acknowledge.citation;
  }
  return result;
}
