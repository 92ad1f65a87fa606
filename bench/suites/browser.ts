/**
 * The same measurements in a real browser (Debian's Chromium, headless): the in-page scan on a
 * 10,000-link page and on the OPP-115 pages, and page HTML → summary (the analysis worker's own
 * function: linkedom → blocks → contacts + analysis, timed on the page's thread), against one
 * plain tokenisation pass (DOMParser); and the HTML hostile families at 5 MB, as the extension
 * reads them (issue 10, item 3). Skipped when Chromium is missing.
 *   npm run bench -- --only=browser [--pages <dir of .html>] [--no-5mb]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { flag, parseArgs } from '../../cli/support/args';
import { HOSTILE_FAMILIES } from '../support/hostile-families';
import { cpuPerRun } from '../support/renderer-cpu';
import { digest, digestSets } from '../support/scan-digest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEFAULT_PAGES = '/work/shared/corpus/opp115/pages';

interface Bench {
  timeLivePage(runs: number): number[];
  timeSource(source: string): { scan: number; summary: number; tokenise: number };
  timeLarge(source: string): { parse: number; summary: number };
  scanJson(source: string, url: string): string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const max = (xs: number[]) => Math.max(...xs);
const ms = (x: number) => `${x.toFixed(2)} ms`;

export function manyLinksPage(n: number): string {
  const links = Array.from(
    { length: n },
    (_, i) => `<li><a href="/product/${i}">Product ${i}</a></li>`,
  ).join('');
  return `<html><head><title>Shop</title></head><body><ul>${links}</ul><footer><a href="/legal/privacy">Privacy policy</a> contact@shop.example</footer></body></html>`;
}

function scanJson(page: Page, source: string, url: string): Promise<string> {
  return page.evaluate(
    ([s, u]) => (globalThis as unknown as { rightfulBench: Bench }).rightfulBench.scanJson(s, u),
    [source, url] as const,
  );
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)\n`);
    return;
  }
  const dir = flag(parseArgs(args, ['no-5mb']), 'pages') ?? DEFAULT_PAGES;
  const bundle = await build({
    entryPoints: [new URL('../support/browser-entry.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    loader: { '.json': 'json' },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(manyLinksPage(10_000));
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    // page.evaluate gets plain strings: the timing code lives in the bundle, free of tsx helpers.
    const scanTimes = await page.evaluate<number[]>('rightfulBench.timeLivePage(15)');
    process.stdout.write(
      `in-page scan, 10,000-link page: median ${ms(median(scanTimes))}, worst ${ms(max(scanTimes))} (15 runs)\n`,
    );
    const cpu = await cpuPerRun(page, 'rightfulBench.timeLivePage(10)', 10, 5);
    if (cpu) {
      process.stdout.write(
        `  CPU time of the page's thread: median ${ms(median(cpu))}, best ${ms(Math.min(...cpu))} per scan (5 batches of 10; other processes' time not counted)\n`,
      );
    }
    // What a click costs: the scanner runs once, cold (nothing compiled or optimised yet).
    const first: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await browser.newPage();
      await fresh.setContent(manyLinksPage(10_000));
      await fresh.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
      first.push(...((await cpuPerRun(fresh, 'rightfulBench.timeLivePage(1)', 1, 1)) ?? []));
      await fresh.close();
    }
    if (first.length > 0) {
      process.stdout.write(
        `  first scan in a fresh page (cold), CPU time: median ${ms(median(first))}, best ${ms(Math.min(...first))} (5 pages)\n`,
      );
    }
    const digests = [`10,000-link page ${digest([await scanJson(page, '', '')])}`];
    for (const [name, pages] of digestSets(dir)) {
      const scans: string[] = [];
      for (const p of pages) {
        scans.push(await scanJson(page, p.html, p.url));
      }
      digests.push(`${name} (${pages.length}) ${digest(scans)}`);
    }
    process.stdout.write(
      `  output digests (Chromium; equal before and after a change: same scans): ${digests.join(' · ')}\n`,
    );
    const large = args.includes('--no-5mb')
      ? []
      : HOSTILE_FAMILIES.filter((x) => x.kind === 'html');
    if (large.length > 0) {
      process.stdout.write('5 MB HTML, one run each (wall clock in the page): parse; whole read\n');
    }
    for (const f of large) {
      const t = await page.evaluate(
        (source) =>
          (globalThis as unknown as { rightfulBench: Bench }).rightfulBench.timeLarge(source),
        f.make(5_000_000),
      );
      process.stdout.write(
        `  ${f.name.padEnd(44)} ${ms(t.parse).padStart(11)}  ${ms(t.summary).padStart(11)}\n`,
      );
    }
    if (!existsSync(dir)) {
      process.stdout.write(`OPP-115 pages: skipped (no ${dir}; pass --pages <dir>)\n`);
      return;
    }
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
    const results: { file: string; scan: number; summary: number; tokenise: number }[] = [];
    for (const file of files) {
      const html = readFileSync(join(dir, file), 'utf8');
      results.push({
        file,
        ...(await page.evaluate<ReturnType<Bench['timeSource']>>(
          `rightfulBench.timeSource(${JSON.stringify(html)})`,
        )),
      });
    }
    const worst = results.reduce((a, b) => (b.summary > a.summary ? b : a));
    const summary = results.map((r) => r.summary);
    const tokenise = results.map((r) => r.tokenise);
    process.stdout.write(
      [
        `OPP-115 pages (${results.length}), best of 3 runs each:`,
        `  in-page scan: median ${ms(median(results.map((r) => r.scan)))}, worst ${ms(max(results.map((r) => r.scan)))}`,
        `  page HTML → summary: median ${ms(median(summary))}, worst ${ms(worst.summary)} (${worst.file})`,
        `  one parse + tokenisation pass: median ${ms(median(tokenise))}; ratio ${(median(summary) / median(tokenise)).toFixed(1)}×`,
        `  target median < 10 ms: ${median(summary) < 10 ? 'met' : 'NOT met'}`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
  }
}
