import { PROPERTIES } from './properties/index';
import { runProperty, type FuzzReport } from './property';

/**
 * npm run fuzz [-- --runs N] [--seed S] [--only TEXT]: every property over N seeded cases
 * (default 10,000, seed 7), one line each: runs, failures, slowest case. Exit 1 on any failure;
 * the first failing case is printed with its index so `--seed` reproduces it exactly.
 */
const USAGE = 'usage: node --import tsx fuzz/main.ts [--runs N] [--seed S] [--only TEXT]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) {
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a whole number, got "${value}"`);
  }
  return n;
}

function line(r: FuzzReport, seconds: number): string {
  const name = r.name.padEnd(54);
  return `${name} ${String(r.runs).padStart(7)} ${String(r.failures).padStart(8)} ${r.firstMs.toFixed(1).padStart(9)} ${r.slowestMs.toFixed(1).padStart(11)} ${`#${r.slowestIndex}`.padStart(7)} ${seconds.toFixed(1).padStart(8)}`;
}

export function main(args: string[]): number {
  let runs: number;
  let seed: number;
  try {
    const known = new Set(['--runs', '--seed', '--only']);
    const unknown = args.filter(
      (a, i) => a.startsWith('--') && !known.has(a) && !known.has(args[i - 1] ?? ''),
    );
    if (unknown.length > 0) {
      throw new Error(`unknown option ${unknown[0]}`);
    }
    runs = positiveInt(option(args, '--runs'), 10_000, '--runs');
    seed = positiveInt(option(args, '--seed'), 7, '--seed');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const only = option(args, '--only');
  const chosen = PROPERTIES.filter((p) => !only || p.name.includes(only));
  process.stdout.write(`fuzz: ${chosen.length} properties × ${runs} cases, seed ${seed}\n`);
  process.stdout.write(
    `${'property'.padEnd(54)} ${'runs'.padStart(7)} ${'failures'.padStart(8)} ${'first ms'.padStart(9)} ${'slowest ms'.padStart(11)} ${'case'.padStart(7)} ${'total s'.padStart(8)}\n`,
  );
  const started = performance.now();
  let failed = 0;
  for (const property of chosen) {
    const start = performance.now();
    const report = runProperty(property, { runs, seed });
    process.stdout.write(`${line(report, (performance.now() - start) / 1000)}\n`);
    if (report.firstFailure) {
      failed++;
      const f = report.firstFailure;
      process.stdout.write(`  first failure: case ${f.index}: ${f.error}\n  input: ${f.input}\n`);
    }
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${failed === 0 ? 'all properties hold' : `${failed} properties failed`} (${total} s)\n`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
