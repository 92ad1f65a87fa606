import { PROPERTIES } from './properties/index';
import { runProperty, type FuzzReport } from './property';

export interface RunAllOptions {
  runs: number;
  seed: number;
  /** Only the properties whose name contains this text. */
  only?: string;
}

const COLUMNS = `${'property'.padEnd(56)} ${'runs'.padStart(7)} ${'failures'.padStart(8)} ${'first ms'.padStart(9)} ${'slowest ms'.padStart(11)} ${'case'.padStart(7)} ${'total s'.padStart(8)}`;

function line(r: FuzzReport, seconds: number): string {
  return [
    r.name.padEnd(56),
    String(r.runs).padStart(7),
    String(r.failures).padStart(8),
    r.firstMs.toFixed(1).padStart(9),
    r.slowestMs.toFixed(1).padStart(11),
    `#${r.slowestIndex}`.padStart(7),
    seconds.toFixed(1).padStart(8),
  ].join(' ');
}

/**
 * Runs every property (or those matching `only`) and prints one line each: runs, failures,
 * the first (cold) case, the slowest warm case and its index in the seeded sample. Returns the
 * number of properties that failed; the first failing case of each is printed in full.
 */
export function runAll(opts: RunAllOptions, write: (text: string) => void): number {
  const chosen = PROPERTIES.filter((p) => !opts.only || p.name.includes(opts.only));
  write(`fuzz: ${chosen.length} properties × ${opts.runs} cases, seed ${opts.seed}\n${COLUMNS}\n`);
  const started = performance.now();
  let failed = 0;
  for (const property of chosen) {
    const start = performance.now();
    const report = runProperty(property, { runs: opts.runs, seed: opts.seed });
    write(`${line(report, (performance.now() - start) / 1000)}\n`);
    if (report.firstFailure) {
      failed++;
      const f = report.firstFailure;
      write(`  first failure: case ${f.index}: ${f.error}\n  input: ${f.input}\n`);
    }
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  write(`${failed === 0 ? 'all properties hold' : `${failed} properties failed`} (${total} s)\n`);
  return failed;
}
