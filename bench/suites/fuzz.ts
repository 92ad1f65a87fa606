import { runAll } from '../../fuzz/run-all';

/**
 * Fuzz figures for `npm run bench`: every property of fuzz/ over 1,000 seeded cases (seed 7),
 * with its slowest case. `--fuzz-runs N` changes the count; the full 10,000-case run is
 * `node --import tsx fuzz/main.ts` (exit code, for CI). Hostile-page results come from
 * `npm run test:e2e -- tests/e2e/hostile.e2e.ts` (Chromium).
 */
export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--fuzz-runs');
  const runs = i >= 0 ? Number(args[i + 1]) : 1000;
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--fuzz-runs must be a whole number above 0, got "${args[i + 1]}"`);
  }
  await Promise.resolve();
  const failed = runAll({ runs, seed: 7 }, (t) => process.stdout.write(t));
  if (failed > 0) {
    process.exitCode = 1;
  }
}
