/**
 * Hostile text (issue 10, item 3): each family of bench/support/hostile-families.ts through the
 * CLI's `analyze` — the page parsed, blocks, analysis, contacts, policy links: what the extension
 * runs — at 10,000 and 100,000 characters, and at 5 MB. Linear work grows 10× from 10k to 100k;
 * a ratio far above that (> MAX_RATIO) is flagged as quadratic. Also flagged: a family over 3 s at
 * 100k, or over 2 s at 5 MB. Times are the process's CPU time (user + system, process.cpuUsage),
 * not the clock's: on a shared machine the wall clock counts other programs' turns too (measured
 * here: 3–6× the CPU time under a load of 13 on 2 cores). GC threads count, so it errs high.
 *   npm run bench -- --only=hostile [--no-5mb]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../../cli/support/args';
import { analyze } from '../../cli/commands/analyze';
import { HOSTILE_FAMILIES, type HostileFamily } from '../support/hostile-families';

const TODAY = '2026-01-01';
const URL_ = 'https://shop.example/privacy';
const MAX_RATIO = 30;
const MAX_100K_MS = 3000;
const MAX_5MB_MS = 2000;
const RUNS = 3;

const input = (f: HostileFamily) => (f.kind === 'text' ? 'policy.txt' : 'policy.html');

/** CPU milliseconds this process spent running `work`. */
function cpu(work: () => unknown): number {
  const t0 = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

const time = (f: HostileFamily, content: string): number =>
  cpu(() => analyze(input(f), content, URL_, TODAY));

function median(f: HostileFamily, n: number): number {
  const content = f.make(n);
  const xs = Array.from({ length: RUNS }, () => time(f, content)).sort((a, b) => a - b);
  return xs[Math.floor(RUNS / 2)]!;
}

/** CPU ms of one family at 5 MB, in a fresh process (bench/support/time-5mb.ts). */
function fresh5mb(index: number, what: 'whole' | 'parse'): number {
  const script = fileURLToPath(new URL('../support/time-5mb.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, String(index), what], {
    encoding: 'utf8',
  });
  return Number(out);
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number) => x.toFixed(0).padStart(7);

export async function run(args: string[]): Promise<void> {
  const big = !parseArgs(args, ['no-5mb']).flags.has('no-5mb');
  await Promise.resolve();
  time(HOSTILE_FAMILIES[0]!, HOSTILE_FAMILIES[0]!.make(1000)); // warm-up: rule compilation, JIT
  const problems: string[] = [];
  process.stdout.write(
    `CPU time, median of ${RUNS} runs at 10k and 100k characters; 5 MB: one run in a fresh process (parse + analysis; parse alone)\n` +
      `${pad('family', 44)}   10k ms  100k ms  ratio    5 MB ms  (parse)\n`,
  );
  for (const f of HOSTILE_FAMILIES) {
    const small = median(f, 10_000);
    const large = median(f, 100_000);
    const ratio = large / Math.max(small, 1);
    let huge = '';
    if (big) {
      const whole = fresh5mb(HOSTILE_FAMILIES.indexOf(f), 'whole');
      const parse = fresh5mb(HOSTILE_FAMILIES.indexOf(f), 'parse');
      huge = `${num(whole)} ms (${parse.toFixed(0)})`;
      if (whole > MAX_5MB_MS) {
        problems.push(`${f.name}: 5 MB took ${whole.toFixed(0)} ms (target < ${MAX_5MB_MS})`);
      }
    }
    if (ratio > MAX_RATIO) {
      problems.push(`${f.name}: 100k/10k = ${ratio.toFixed(1)} (quadratic?)`);
    }
    if (large > MAX_100K_MS) {
      problems.push(`${f.name}: 100k took ${large.toFixed(0)} ms (limit ${MAX_100K_MS})`);
    }
    process.stdout.write(
      `${pad(f.name, 44)} ${num(small)}  ${num(large)}  ${ratio.toFixed(1).padStart(5)}  ${huge}\n`,
    );
  }
  process.stdout.write(
    problems.length
      ? `FLAGGED:\n${problems.map((p) => `  ${p}`).join('\n')}\n`
      : `every family linear (100k/10k ≤ ${MAX_RATIO}), under ${MAX_100K_MS} ms at 100k${big ? ` and ${MAX_5MB_MS} ms at 5 MB` : ''}\n`,
  );
  if (problems.length) {
    process.exitCode = 1;
  }
}
