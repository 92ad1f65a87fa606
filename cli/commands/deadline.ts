/**
 * npm run cli -- deadline --law gdpr --received 2026-01-31 --country FR
 *   [--subdivision DE-BY] [--right access] [--extended] [--paused-days N] [--json]
 * Prints the legal due date of a request and every rule applied (lib/deadlines).
 */
import { computeDeadline, DeadlineInput } from '../../lib/deadlines/compute-deadline';
import type { Deadline, DeadlineStep } from '../../lib/deadlines/compute-deadline';
import { flag, parseArgs } from '../support/args';

const USAGE =
  'usage: npm run cli -- deadline --law <gdpr|uk-gdpr|ccpa|lgpd|revfadp|pipeda> --received YYYY-MM-DD --country CC [--subdivision CC-SUB] [--right access] [--extended] [--paused-days N] [--json]';

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
      return `clock paused ${String(p.days)} days for ID → ${String(p.to)}`;
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
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(args, ['extended', 'json', 'help']);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (flag(parsed, 'help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const paused = flag(parsed, 'paused-days');
  const input = DeadlineInput.safeParse({
    law: flag(parsed, 'law'),
    right: flag(parsed, 'right') ?? 'access',
    received: flag(parsed, 'received'),
    country: flag(parsed, 'country')?.toUpperCase(),
    subdivision: flag(parsed, 'subdivision')?.toUpperCase(),
    extended: flag(parsed, 'extended') === 'true',
    pausedDays: paused === undefined ? undefined : Number(paused),
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
  const result = computeDeadline(input.data);
  if (flag(parsed, 'json') === 'true') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    print(result);
  }
  return Promise.resolve(0);
}
