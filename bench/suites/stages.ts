/**
 * Where `analyzePage`'s time goes, in CPU time (process.cpuUsage: on this shared machine the wall
 * clock also counts other processes), over the OPP-115 pages: segmentation, classification,
 * attributes, checklist + flags + summary, contacts — run in analyzePolicy's order — and the whole
 * `analyzePage` timed on its own. Every pass walks all the pages, so each page meets caches full
 * of the other pages' sentences, as the extension's first analysis of a page does; per page the
 * best of the passes, then the median (and mean) over the pages.
 *   npm run bench -- --only=stages [--pages <dir of .html>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flag, parseArgs } from '../../cli/support/args';
import { loadPolicy } from '../../cli/support/load-policy';
import { analyzePolicy, rulesLanguage, segmentsOf } from '../../lib/policy-analysis/analyze-policy';
import { buildChecklist } from '../../lib/policy-analysis/checklist';
import { classifySegments } from '../../lib/policy-analysis/classify';
import { extractAttributes } from '../../lib/policy-analysis/extract/extract-attributes';
import { findFlags } from '../../lib/policy-analysis/flags';
import { summarize } from '../../lib/policy-analysis/summarize';
import { findContacts } from '../../lib/policy-detection/find-contacts';
import { analyzePage } from '../../lib/policy-pipeline/analyze-page';

const DEFAULT_PAGES = '/work/shared/corpus/opp115/pages';
const TODAY = '2026-01-01';
const PAGE_URL = 'https://example.com/privacy';
const PASSES = 4;
const STAGES = ['segment', 'classify', 'extract', 'rest', 'contacts', 'analyzePage'] as const;
type Stage = (typeof STAGES)[number];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function run(args: string[]): Promise<void> {
  const dir = flag(parseArgs(args, ['no-5mb']), 'pages') ?? DEFAULT_PAGES;
  if (!existsSync(dir)) {
    process.stdout.write(`skipped: no pages directory at ${dir} (give --pages <dir>)\n`);
    return Promise.resolve();
  }
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const page = loadPolicy(f, readFileSync(join(dir, f), 'utf8'), undefined, PAGE_URL);
      const { language } = analyzePolicy(page.blocks, {
        today: TODAY,
        ...(page.lang ? { lang: page.lang } : {}),
      });
      return { ...page, language };
    });
  const best = pages.map(() => new Map<Stage, number>(STAGES.map((s) => [s, Infinity])));
  const keep = (n: number, stage: Stage, t: number) =>
    best[n]!.set(stage, Math.min(best[n]!.get(stage)!, t));
  for (let pass = 0; pass < PASSES; pass++) {
    pages.forEach(({ blocks, doc, language }, n) => {
      const rules = rulesLanguage(language);
      const t0 = cpu();
      const segments = segmentsOf(blocks, language);
      const t1 = cpu();
      const labels = classifySegments(segments, rules);
      const t2 = cpu();
      const attributes = extractAttributes(segments, blocks, rules);
      const t3 = cpu();
      summarize(attributes, findFlags(attributes, buildChecklist(attributes, labels), TODAY));
      const t4 = cpu();
      findContacts(blocks, {
        segments,
        ...(language !== 'und' ? { lang: language } : {}),
        pageUrl: PAGE_URL,
        ...(doc ? { doc } : {}),
      });
      const t5 = cpu();
      [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4].forEach((t, i) => keep(n, STAGES[i]!, t));
    });
    pages.forEach(({ blocks, doc, lang }, n) => {
      const t0 = cpu();
      analyzePage({
        blocks,
        today: TODAY,
        url: PAGE_URL,
        ...(doc ? { doc } : {}),
        ...(lang ? { lang } : {}),
      });
      keep(n, 'analyzePage', cpu() - t0);
    });
  }
  const row = (s: Stage) => {
    const xs = best.map((b) => b.get(s)!);
    return `${s.padEnd(12)} median ${median(xs).toFixed(2)} ms, mean ${mean(xs).toFixed(2)} ms`;
  };
  process.stdout.write(
    [
      `pages: ${pages.length} (${dir}), CPU time, best of ${PASSES} passes per page`,
      ...STAGES.map(row),
      '(rest: checklist, flags and summary; analyzePage also tells the language)',
      '',
    ].join('\n'),
  );
  return Promise.resolve();
}
