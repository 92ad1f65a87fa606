/**
 * npm run cli -- deadline --law gdpr --received 2026-01-31 --country FR
 *   [--subdivision DE-BY] [--right access] [--extended] [--paused-days N]
 *   [--id-requested DATE --id-provided DATE] [--clarification-requested DATE
 *   --clarification-provided DATE] [--small-agent yes|no] [--today DATE] [--json]
 * Prints the legal due date of a request and every rule applied (lib/deadlines). ID and
 * clarification dates go through the same clock the dashboard uses (clock.ts): under the UK GDPR
 * (Art. 12A) the ID restarts the month, elsewhere the days waited pause it.
 */
import { clockOf } from '../../lib/deadlines/clock';
import { computeDeadline, DeadlineInput } from '../../lib/deadlines/compute-deadline';
import { periodRule } from '../../lib/legal/periods.data';
import type { RequestEvent } from '../../lib/deadlines/schema';
import type { Deadline, DeadlineStep } from '../../lib/deadlines/compute-deadline';
import { IsoDate, Law } from '../../lib/deadlines/schema';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';
import { parseLaw } from '../../lib/shared/law';
import { parseRight } from '../../lib/legal/statute-word';

const USAGE = `usage: npm run cli -- deadline --law LAW --received YYYY-MM-DD --country CC
       [--subdivision CC-SUB] [--right access] [--extended] [--paused-days N]
       [--id-requested DATE] [--id-provided DATE]
       [--clarification-requested DATE] [--clarification-provided DATE]
       [--small-agent yes|no] [--today YYYY-MM-DD] [--json]
  LAW: ${Law.options.join(', ')}`;

const VALUES = [
  'law',
  'received',
  'country',
  'subdivision',
  'right',
  'paused-days',
  'id-requested',
  'id-provided',
  'clarification-requested',
  'clarification-provided',
  'small-agent',
  'today',
] as const;

const CLOCK_EVENTS = [
  'id-requested',
  'id-provided',
  'clarification-requested',
  'clarification-provided',
] as const;

function fail(message: string): number {
  process.stderr.write(`deadline: ${message}\n`);
  return 2;
}

function describeStep(step: DeadlineStep): string {
  const p = step.params;
  switch (step.key) {
    case 'added-months':
      return `${String(p.from)} + ${String(p.months)} month(s) → ${String(p.to)}`;
    case 'added-days':
      return `${String(p.from)} + ${String(p.days)} calendar days → ${String(p.to)}`;
    case 'added-business-days':
      return `${String(p.from)} + ${String(p.days)} business days (${String(p.skipped)} days skipped) → ${String(p.to)}`;
    case 'month-end-clamp':
      return `no day ${String(p.day)} in that month: its last day, ${String(p.date)}`;
    case 'paused-for-id':
      return `clock paused ${String(p.days)} days (ID or clarification) → ${String(p.to)}`;
    case 'restarted':
      return `period runs afresh from ${String(p.to)}, when the ID arrived (${String(p.citation)})`;
    case 'doubled-small-agent':
      return `small processing agent: period × ${String(p.factor)} = ${String(p.days)} (${String(p.citation)})`;
    case 'default-subdivision':
      return `no subdivision given: ${String(p.subdivision)}'s holidays count (--subdivision to change)`;
    case 'rolled-over-weekend':
      return `${String(p.date)} is a ${String(p.weekday)}: next day`;
    case 'rolled-over-holiday':
      return `${String(p.date)} is a public holiday (${String(p.name)}, ${String(p.scope)}): next day`;
    case 'no-holiday-data':
      return `no public-holiday data for ${String(p.country)} in ${String(p.year)}: weekends only`;
  }
}

function print(result: Deadline): void {
  const lines = [`due: ${result.due}`];
  if (result.extendedDue) {
    lines.push(`extended due: ${result.extendedDue}`);
  }
  if (result.extensionSetByController) {
    lines.push('extended due: the date the controller announces (DPO Art. 18(2))');
  }
  if (result.acknowledgeBy) {
    lines.push(`acknowledge by: ${result.acknowledgeBy}`);
  }
  lines.push(`rule: ${result.rule} — ${result.citation}`);
  for (const applies of ['due', 'extendedDue', 'acknowledgeBy'] as const) {
    const steps = result.steps.filter((s) => s.applies === applies);
    if (steps.length > 0) {
      lines.push(`${applies}:`, ...steps.map((s) => `  - ${describeStep(s)}`));
    }
  }
  for (const reading of result.readings) {
    const alternative = reading.params.alternative;
    lines.push(
      `reading: ${reading.key}${alternative ? ` (the other reading gives ${String(alternative)})` : ''}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function run(args: string[]): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: 'deadline',
    usage: USAGE,
    values: VALUES,
    booleans: ['extended', 'json'],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  const parsed = outcome.args;
  const paused = flag(parsed, 'paused-days');
  const small = flag(parsed, 'small-agent');
  if (small !== undefined && small !== 'yes' && small !== 'no') {
    return fail('--small-agent must be yes or no');
  }
  // 'us-ca' names the CCPA, as in draft and escalate (an alias only; the schema says the rest).
  const lawFlag = flag(parsed, 'law');
  // The CCPA's "know", "delete", "correct" name catalogue rights (access, erasure, rectification).
  const rightFlag = flag(parsed, 'right') ?? 'access';
  const input = DeadlineInput.safeParse({
    law: lawFlag === undefined ? undefined : (parseLaw(lawFlag) ?? lawFlag),
    right: parseRight(rightFlag) ?? rightFlag,
    received: flag(parsed, 'received'),
    country: flag(parsed, 'country')?.toUpperCase(),
    subdivision: flag(parsed, 'subdivision')?.toUpperCase(),
    extended: flag(parsed, 'extended') === 'true',
    pausedDays: paused === undefined ? undefined : Number(paused),
    ...(small ? { smallAgent: small === 'yes' } : {}),
  });
  if (!input.success) {
    const issue = input.error.issues[0];
    const name = String(issue?.path[0] ?? '');
    return fail(`--${name}: ${issue?.message ?? 'invalid'} (see --help)`);
  }
  const { subdivision, country } = input.data;
  if (subdivision && !subdivision.startsWith(`${country}-`)) {
    return fail(`--subdivision ${subdivision} is not in --country ${country}`);
  }
  const events: RequestEvent[] = [];
  for (const type of CLOCK_EVENTS) {
    const date = flag(parsed, type);
    if (date !== undefined && !IsoDate.safeParse(date).success) {
      return fail(`--${type}: expected a date YYYY-MM-DD`);
    }
    if (date !== undefined) {
      events.push({ id: type, type, date });
    }
  }
  const today = flag(parsed, 'today') ?? new Date().toISOString().slice(0, 10);
  if (!IsoDate.safeParse(today).success) {
    return fail('--today: expected a date YYYY-MM-DD');
  }
  events.sort((a, b) => a.date.localeCompare(b.date));
  const clock = clockOf(
    input.data.received,
    events,
    periodRule(input.data.law, input.data.right),
    today,
  );
  const result = computeDeadline({
    ...input.data,
    pausedDays: (input.data.pausedDays ?? 0) + clock.pausedDays,
    ...(clock.restartedOn ? { restartedOn: clock.restartedOn } : {}),
  });
  if (flag(parsed, 'json') === 'true') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    print(result);
  }
  return Promise.resolve(0);
}
