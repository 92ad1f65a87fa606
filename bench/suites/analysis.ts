/**
 * Page HTML → summary, over the OPP-115 development pages (issue 4, item 7; target: median
 * under 10 ms per policy), and its ratio to one plain tokenisation pass over the same text.
 *   npm run bench -- --only=analysis [--pages <dir of .html>]
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flag, parseArgs } from '../../cli/support/args';
import { parseHtml } from '../../cli/support/parse-html';
import { classifySegments } from '../../lib/policy-analysis/classify';
import { extractAttributes } from '../../lib/policy-analysis/extract/extract-attributes';
import { analyzePage } from '../../lib/policy-pipeline/analyze-page';
import { htmlToBlocks } from '../../lib/policy-text/html-to-blocks';
import { segmentBlocks } from '../../lib/policy-text/segment-blocks';

const DEFAULT_PAGES = '/work/shared/corpus/opp115/pages';
const TODAY = '2026-01-01';
const PAGE_URL = 'https://example.com/privacy';
const RUNS = 3;

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

function timeOnce(html: string) {
  const t0 = performance.now();
  const doc = parseHtml(html);
  const blocks = htmlToBlocks(doc, PAGE_URL);
  const t1 = performance.now();
  // The one pipeline the extension runs: analysis and contacts (lib/policy-pipeline).
  const { analysis } = analyzePage({ blocks, today: TODAY, url: PAGE_URL, doc });
  const t2 = performance.now();
  const text = blocks.map((b) => b.text).join('\n');
  const t3 = performance.now();
  const tokens = text.split(/\s+/).length;
  const t4 = performance.now();
  // The stages of the analysis, timed apart to show where the time goes.
  const lang = analysis.language === 'und' ? 'en' : analysis.language;
  const segments = segmentBlocks(blocks, lang);
  const t5 = performance.now();
  classifySegments(segments, lang);
  const t6 = performance.now();
  extractAttributes(segments, blocks, lang);
  const t7 = performance.now();
  return {
    total: t2 - t0,
    analyze: t2 - t1,
    tokenise: t4 - t3,
    classify: t6 - t5,
    extract: t7 - t6,
    tokens,
    summary: analysis.summary.length,
  };
}

export async function run(args: string[]): Promise<void> {
  const dir = flag(parseArgs(args, ['no-5mb']), 'pages') ?? DEFAULT_PAGES;
  if (!existsSync(dir)) {
    process.stdout.write(`skipped: no pages directory at ${dir} (give --pages <dir>)\n`);
    return;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (files.length === 0) {
    process.stdout.write(`skipped: no .html files in ${dir}\n`);
    return;
  }
  const pages = await Promise.all(
    files.map(async (f) => ({ name: f, html: await readFile(join(dir, f), 'utf8') })),
  );
  timeOnce(pages[0]!.html); // warm-up: compiles the patterns once, as the extension does
  const rows = pages.map(({ name, html }) => {
    const runs = Array.from({ length: RUNS }, () => timeOnce(html));
    const pick = (k: 'total' | 'analyze' | 'tokenise' | 'classify' | 'extract') =>
      median(runs.map((r) => r[k]));
    return {
      name,
      total: pick('total'),
      analyze: pick('analyze'),
      tokenise: pick('tokenise'),
      classify: pick('classify'),
      extract: pick('extract'),
      tokens: runs[0]!.tokens,
    };
  });
  const worst = rows.reduce((a, b) => (b.total > a.total ? b : a));
  const totals = rows.map((r) => r.total);
  const tokenise = median(rows.map((r) => r.tokenise));
  process.stdout.write(
    [
      `pages: ${rows.length} (${dir}), median of ${RUNS} runs each`,
      `HTML → summary: median ${ms(median(totals))}, worst ${ms(worst.total)} (${worst.name}, ${worst.tokens} tokens)`,
      `analyzePage alone (blocks → analysis + contacts): median ${ms(median(rows.map((r) => r.analyze)))}`,
      `  of which classifySegments: median ${ms(median(rows.map((r) => r.classify)))}, extractAttributes: median ${ms(median(rows.map((r) => r.extract)))}`,
      `one tokenisation pass (split on whitespace): median ${ms(tokenise)}`,
      `ratio HTML → summary / tokenisation: ${(median(totals) / Math.max(tokenise, 1e-6)).toFixed(0)}×`,
      `target median < 10 ms: ${median(totals) < 10 ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}
