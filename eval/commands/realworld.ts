/**
 * Real current policies in eight languages against hand-written gold (format: the corpus README,
 * `realworld/gold.jsonl`; any file of that format works, e.g. the held-out split):
 *   npm run eval -- realworld --gold <gold.jsonl> [--policies DIR] [--outputs DIR] [--today YYYY-MM-DD] [--json]
 *
 * Each policy file (`source.file`, relative to the gold file's folder, or its name inside
 * --policies) is read by the CLI's own `analyze` — the same input handling and pipeline as
 * `npm run cli -- analyze FILE --url URL --json` — and scored per field and per language with
 * the comparisons of the corpus' reference scorer (eval/support/realworld-score.ts).
 * --outputs DIR also writes each `analyze --json` output to DIR/<id>.json, so the reference
 * scorer can be run on the very same outputs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { flag } from '../../cli/support/args';
import { parseOrUsage } from '../../cli/support/parse-or-usage';
import { analyze } from '../../cli/commands/analyze';
import { readJsonl } from '../support/read-jsonl';
import {
  FIELDS,
  RealworldGold,
  aggregate,
  scorePolicy,
  type RealworldScore,
} from '../support/realworld-score';

const USAGE =
  'usage: npm run eval -- realworld --gold <gold.jsonl> [--policies DIR] [--outputs DIR] [--today YYYY-MM-DD] [--json]';

export function evaluateRealworld(
  goldPath: string,
  opts: { policies?: string; outputs?: string; today: string },
): RealworldScore {
  const gold = readJsonl(goldPath, RealworldGold);
  if (opts.outputs) {
    mkdirSync(opts.outputs, { recursive: true });
  }
  const rows = gold.map((g) => {
    const file = opts.policies
      ? join(opts.policies, basename(g.source.file))
      : resolve(dirname(goldPath), g.source.file);
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`cannot read the policy of ${g.id}: ${file}`);
    }
    const out = analyze(file, content, g.url ?? undefined, opts.today);
    if (opts.outputs) {
      writeFileSync(join(opts.outputs, `${g.id}.json`), `${JSON.stringify(out, null, 2)}\n`);
    }
    return scorePolicy(g, out);
  });
  return aggregate(rows);
}

export function report(s: RealworldScore): string {
  const pad = (x: string, w: number) => x.padEnd(w);
  const cell = (x: { ok: number; n: number } | undefined) =>
    x?.n ? `${x.ok}/${x.n} (${Math.round((100 * x.ok) / x.n)}%)` : '–';
  const lines = [pad('field', 28) + s.langs.map((l) => pad(l, 14)).join('')];
  for (const f of FIELDS) {
    lines.push(pad(f, 28) + s.langs.map((l) => pad(cell(s.table[f]?.[l]), 14)).join(''));
  }
  const pr = (x: RealworldScore['rightsPR'][string] | undefined) =>
    x?.precision === null || x?.precision === undefined || x.recall === null
      ? '–'
      : `${x.precision.toFixed(2)}/${x.recall.toFixed(2)}`;
  lines.push(
    pad('rights P/R (micro)', 28) + s.langs.map((l) => pad(pr(s.rightsPR[l]), 14)).join(''),
  );
  lines.push('', `${s.errors.length} disagreements:`);
  for (const e of s.errors) {
    lines.push(
      `- [${e.lang}] ${pad(e.id, 20)} ${pad(e.field, 26)} gold=${JSON.stringify(e.gold)}  pred=${JSON.stringify(e.pred)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function run(args: string[]): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: 'realworld',
    usage: USAGE,
    values: ['gold', 'today', 'policies', 'outputs'],
    booleans: ['json'],
  });
  if (!outcome.ok) {
    return Promise.resolve(outcome.code);
  }
  try {
    const parsed = outcome.args;
    const goldPath = flag(parsed, 'gold');
    if (!goldPath) {
      throw new Error(USAGE);
    }
    const today = flag(parsed, 'today') ?? new Date().toISOString().slice(0, 10);
    const policies = flag(parsed, 'policies');
    const outputs = flag(parsed, 'outputs');
    const result = evaluateRealworld(goldPath, {
      today,
      ...(policies ? { policies } : {}),
      ...(outputs ? { outputs } : {}),
    });
    process.stdout.write(
      flag(parsed, 'json') ? `${JSON.stringify(result, null, 2)}\n` : report(result),
    );
    return Promise.resolve(0);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return Promise.resolve(2);
  }
}
