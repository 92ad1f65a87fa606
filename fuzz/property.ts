import fc from 'fast-check';

/** One fuzzed promise: inputs, what must hold for each, and how slow one input may be. */
export interface FuzzProperty<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws (node:assert) when the property does not hold for `input`. */
  check(input: T): void;
}

/** A case slower than this fails: the popup must stay responsive on any page (issue 7). */
export const CASE_BOUND_MS = 2000;

export interface FuzzReport {
  name: string;
  runs: number;
  failures: number;
  slowestMs: number;
  /** The first case, timed apart: it pays for module warm-up (rule compilation, JIT). */
  firstMs: number;
  /** Index of the slowest case in the seeded sample (reproduce with the same seed and runs). */
  slowestIndex: number;
  seed: number;
  /** The first failing case: its index in the seeded sample, the input (cut) and the error. */
  firstFailure?: { index: number; input: string; error: string };
}

const show = (input: unknown): string => {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return JSON.stringify((text ?? String(input)).slice(0, 400));
};

/** Times one case; over the bound is a failure like any broken assertion. */
export function timedCheck<T>(
  property: FuzzProperty<T>,
  input: T,
  boundMs = CASE_BOUND_MS,
): number {
  const start = performance.now();
  property.check(input);
  const ms = performance.now() - start;
  if (ms > boundMs) {
    throw new Error(`took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
  }
  return ms;
}

/**
 * Runs every one of `runs` seeded cases (no stop at the first failure, so the count is real),
 * and the same seed always gives the same inputs.
 */
export function runProperty<T>(
  property: FuzzProperty<T>,
  opts: { runs: number; seed: number; boundMs?: number },
): FuzzReport {
  const report: FuzzReport = {
    name: property.name,
    runs: 0,
    failures: 0,
    slowestMs: 0,
    slowestIndex: 0,
    firstMs: 0,
    seed: opts.seed,
  };
  const inputs = fc.sample(property.arbitrary, { numRuns: opts.runs, seed: opts.seed });
  inputs.forEach((input, index) => {
    report.runs++;
    const start = performance.now();
    try {
      timedCheck(property, input, opts.boundMs);
    } catch (error) {
      report.failures++;
      report.firstFailure ??= { index, input: show(input), error: String(error).slice(0, 400) };
    }
    const ms = performance.now() - start;
    if (index === 0) {
      report.firstMs = ms;
    } else if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestIndex = index;
    }
  });
  return report;
}
