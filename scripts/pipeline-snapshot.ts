/**
 * The pipeline's whole output over the corpora, one JSON line per policy, to check that a change
 * meant to be behaviour-preserving (a speed-up) is: run it before and after, compare.
 *   node --import tsx scripts/pipeline-snapshot.ts OUT.jsonl [--against BEFORE.jsonl] [--corpus DIR]
 * Reads the 65 OPP-115 pages (HTML, with their Document), the GDPR-200 development policies
 * (passages as blocks) and the real-world policies through the CLI's `analyze` (same input
 * handling). OUT stays outside the project (it quotes the corpus). With --against, prints the
 * first differing key of every policy whose output changed and exits 1 if any did.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../cli/commands/analyze';
import { parseHtml } from '../cli/support/parse-html';
import { gdprPassageBlocks, readGdpr200 } from '../eval/support/gdpr200';
import { readJsonl } from '../eval/support/read-jsonl';
import { RealworldGold } from '../eval/support/realworld-score';
import { analyzePage } from '../lib/policy-pipeline/analyze-page';
import { htmlToBlocks } from '../lib/policy-text/html-to-blocks';

const PAGE_URL = 'https://example.com/privacy';

function* outputs(corpus: string): Generator<[string, unknown]> {
  const pages = join(corpus, 'opp115/pages');
  for (const file of readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const doc = parseHtml(readFileSync(join(pages, file), 'utf8'));
    const blocks = htmlToBlocks(doc, PAGE_URL);
    yield [`opp115/${file}`, analyzePage({ blocks, today: '2026-01-01', url: PAGE_URL, doc })];
  }
  for (const policy of readGdpr200(join(corpus, 'gdpr200/policies.dev.jsonl'))) {
    yield [
      `gdpr200/${policy.id}`,
      analyzePage({ blocks: gdprPassageBlocks(policy), today: '2026-01-01' }),
    ];
  }
  const gold = join(corpus, 'realworld/gold.jsonl');
  for (const g of readJsonl(gold, RealworldGold)) {
    const file = join(corpus, 'realworld', g.source.file);
    yield [
      `realworld/${g.id}`,
      analyze(file, readFileSync(file, 'utf8'), g.url ?? undefined, '2026-12-06'),
    ];
  }
}

/** The first path at which two JSON values differ, for a readable report. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) {
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) {
        return d;
      }
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

function main(args: string[]): void {
  const out = args.find((a) => !a.startsWith('--'));
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!out) {
    process.stderr.write(
      'usage: scripts/pipeline-snapshot.ts OUT.jsonl [--against BEFORE.jsonl] [--corpus DIR]\n',
    );
    process.exitCode = 2;
    return;
  }
  const lines: string[] = [];
  for (const [id, output] of outputs(value('corpus') ?? '/work/shared/corpus')) {
    lines.push(JSON.stringify({ id, output }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  const against = value('against');
  if (!against || !existsSync(against)) {
    process.stdout.write(`${lines.length} outputs written to ${out}\n`);
    return;
  }
  const before = new Map(
    readFileSync(against, 'utf8')
      .trim()
      .split('\n')
      .map((l) => {
        const r = JSON.parse(l) as { id: string; output: unknown };
        return [r.id, r.output] as const;
      }),
  );
  let changed = 0;
  for (const line of lines) {
    const { id, output } = JSON.parse(line) as { id: string; output: unknown };
    const d = before.has(id) ? firstDifference(before.get(id), output) : 'new';
    if (d) {
      changed += 1;
      process.stdout.write(`${id} ${d}\n`);
    }
  }
  process.stdout.write(`${lines.length} outputs, ${changed} changed, ${before.size} before\n`);
  process.exitCode = changed || before.size !== lines.length ? 1 : 0;
}

main(process.argv.slice(2));
