import { runAll } from './run-all';

/**
 * npm run fuzz [-- --runs N] [--seed S] [--only TEXT]
 * (node --import tsx fuzz/main.ts …): every property over N seeded cases (default 10,000,
 * seed 7). Exit 1 when a property fails, 2 on bad arguments. The same seed and runs give the
 * same cases, so a printed failing case index reproduces exactly.
 */
const USAGE = 'usage: node --import tsx fuzz/main.ts [--runs N] [--seed S] [--only TEXT]';
const KNOWN = new Set(['--runs', '--seed', '--only']);

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) {
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`${name} must be a whole number, got "${value}"`);
  }
  return n;
}

function main(args: string[]): number {
  try {
    const unknown = args.find(
      (a, i) => a.startsWith('--') && !KNOWN.has(a) && !KNOWN.has(args[i - 1] ?? ''),
    );
    if (unknown) {
      throw new Error(`unknown option ${unknown}`);
    }
    const runs = count(option(args, '--runs'), 10_000, '--runs');
    const seed = count(option(args, '--seed'), 7, '--seed');
    const only = option(args, '--only');
    const failed = runAll({ runs, seed, ...(only ? { only } : {}) }, (t) =>
      process.stdout.write(t),
    );
    return failed === 0 ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
