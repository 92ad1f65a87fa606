/**
 * The in-page scan of this tree against another git revision's, in one Chromium page: scans of
 * the two alternated (A B, then B A), CPU time of the page's thread per scan on the 10,000-link
 * page. A loaded machine slows both alike, so a change of a tenth of a millisecond shows, which
 * separate runs of `--only=browser` (a median of 5 batches) cannot show. Also says whether both
 * return the same scans (10,000-link page, OPP-115 and demo pages). Skipped without --against.
 *   npm run bench -- --only=scan-ab --against <git ref> [--pairs N] [--pages <dir>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { flag, parseArgs } from '../../cli/support/args';
import { cpuPerRun } from '../support/renderer-cpu';
import { digestSets } from '../support/scan-digest';
import { manyLinksPage } from './browser';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_PAGES = '/work/shared/corpus/opp115/pages';
const ROOT = new URL('../../', import.meta.url).pathname;

/** One tree's scanner as a global `name`: n scans of the live page, or one scan's JSON. */
async function bundle(dir: string, root: string, name: string): Promise<string> {
  const entry = join(dir, `${name}.ts`);
  writeFileSync(
    entry,
    `import { detectOnPage } from '${join(root, 'lib/policy-detection/detect-on-page')}';
Object.assign(globalThis, { ${name}: {
  time(n: number) { for (let i = 0; i < n; i++) detectOnPage(document, location.href); },
  json(source: string, url: string) {
    const doc = source ? new DOMParser().parseFromString(source, 'text/html') : document;
    return JSON.stringify(detectOnPage(doc, source ? url : location.href));
  },
} });`,
  );
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, write: false });
  return out.outputFiles[0]?.text ?? '';
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? 0;
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Pages on which the two trees' scans differ, per page set. */
async function differences(page: Page, dir: string): Promise<string> {
  const sets: [string, { html: string; url: string }[]][] = [
    ['10,000-link page', [{ html: '', url: '' }]],
    ...digestSets(dir),
  ];
  const out: string[] = [];
  for (const [name, pages] of sets) {
    let differ = 0;
    for (const p of pages) {
      const [a, b] = await page.evaluate(
        ([s, u]) => {
          const g = globalThis as unknown as Record<
            'A' | 'B',
            { json(s: string, u: string): string }
          >;
          return [g.A.json(s, u), g.B.json(s, u)];
        },
        [p.html, p.url] as const,
      );
      differ += a === b ? 0 : 1;
    }
    out.push(`${name} ${differ}/${pages.length}`);
  }
  return out.join(' · ');
}

export async function run(args: string[]): Promise<void> {
  const parsed = parseArgs(args, ['no-5mb']);
  const ref = flag(parsed, 'against');
  if (!ref) {
    process.stdout.write(
      'skipped: pass --against <git ref> (compares that revision to this tree)\n',
    );
    return;
  }
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`skipped: no Chromium at ${CHROMIUM}\n`);
    return;
  }
  const pairs = Number(flag(parsed, 'pairs') ?? 100);
  const tmp = mkdtempSync(join(tmpdir(), 'rightful-scan-ab-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    execFileSync('git', ['archive', '--output', join(tmp, 'a.tar'), ref, 'lib'], { cwd: ROOT });
    execFileSync('tar', ['-xf', join(tmp, 'a.tar'), '-C', tmp]);
    const page = await browser.newPage();
    await page.setContent(manyLinksPage(10_000));
    await page.addScriptTag({ content: await bundle(tmp, tmp, 'A') });
    await page.addScriptTag({ content: await bundle(tmp, ROOT, 'B') });
    // Warm both first (compiled, optimised): the figures are the warm scan's.
    await page.evaluate('A.time(10); B.time(10)');
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const order: [string, number[]][] =
        i % 2
          ? [
              ['B', b],
              ['A', a],
            ]
          : [
              ['A', a],
              ['B', b],
            ];
      for (const [name, times] of order) {
        times.push(...((await cpuPerRun(page, `${name}.time(2)`, 2, 1)) ?? []));
      }
    }
    if (a.length > 0) {
      const line = (name: string, xs: number[]) =>
        `  ${name}: p10 ${ms(quantile(xs, 0.1))}, Q1 ${ms(quantile(xs, 0.25))}, median ${ms(quantile(xs, 0.5))}\n`;
      const diff = quantile(
        a.map((x, i) => (b[i] ?? x) - x),
        0.5,
      );
      process.stdout.write(
        `in-page scan, 10,000-link page, CPU of the page's thread per scan (${pairs} pairs of 2 scans, alternated):\n` +
          line(`A ${ref}`.padEnd(16), a) +
          line('B this tree'.padEnd(16), b) +
          `  B − A, median per pair: ${ms(diff)}\n`,
      );
    }
    const dir = flag(parsed, 'pages') ?? DEFAULT_PAGES;
    process.stdout.write(`  scans that differ (A vs B): ${await differences(page, dir)}\n`);
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
