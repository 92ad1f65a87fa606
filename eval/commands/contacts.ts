/**
 * Privacy-contact email precision and recall on GDPR-200 and OPP-115 files (formats: the corpus
 * README; any file of the same format works, e.g. a held-out split):
 *   npm run eval -- contacts --gdpr200 <policies.jsonl> <contacts-gold.jsonl> \
 *                            --opp115 <policies.jsonl> <contacts.jsonl> [--json]
 *
 * Metric. Per policy, PREDICTED = every email contact analyzePage returns for the policy text
 * (it already leaves out no-reply senders, example addresses and supervisory authorities' own
 * addresses): what the popup offers to write to. GOLD = GDPR-200 controller_contact + dpo_contact
 * emails; OPP-115 emails in contact_spans, de-obfuscated ("x(at)y(dot)com"). Addresses compare
 * lowercased. Precision = Σ|pred ∩ gold| / Σ|pred|, recall = Σ|pred ∩ gold| / Σ|gold|, micro-averaged
 * over the policies with a gold record. Also: "first is gold" (the top-ranked email is a gold
 * address, over policies with gold emails); controller name found (GDPR-200: the predicted name
 * and a gold controller_name contain one another, case-insensitive); DPO found (GDPR-200:
 * dpo non-null where the gold has a dpo_contact).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import * as z from 'zod';
import type { Block } from '../../lib/shared/policy-text';
import { analyzePage } from '../../lib/policy-pipeline/analyze-page';
import { parseOrUsage } from '../../cli/support/parse-or-usage';
import type { ContactsResult } from '../../lib/policy-detection/schema';

const GdprPolicy = z.object({
  id: z.string(),
  passages: z.array(z.object({ type: z.string(), context: z.array(z.string()), text: z.string() })),
});
const GoldValue = z.object({ value: z.string() });
const GdprGold = z.object({
  id: z.string(),
  controller_name: z.array(GoldValue),
  controller_contact: z.array(GoldValue),
  dpo_contact: z.array(GoldValue),
});
const OppPolicy = z.object({ id: z.string(), segments: z.array(z.object({ text: z.string() })) });
const OppGold = z.object({
  id: z.string(),
  contact_spans: z.array(z.object({ text: z.string() })),
});

/** Contacts do not depend on the date; the analysis needs one. */
const TODAY = '2026-01-01';

interface Case {
  id: string;
  blocks: Block[];
  gold: Set<string>;
  controllers?: string[];
  hasDpo?: boolean;
}

async function readJsonl<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  const out: T[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path) })) {
    line++;
    if (!text.trim()) {
      continue;
    }
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(
        `${path}:${line}: not the corpus format (${parsed.error.issues[0]?.message})`,
      );
    }
    out.push(parsed.data);
  }
  return out;
}

/** The gold side's own, independent de-obfuscation: bracketed at/dot only, then a strict regex. */
export function goldEmails(text: string): string[] {
  const plain = text
    .replace(/\s*[[({]\s*at\s*[\])}]\s*/gi, '@')
    .replace(/\s*[[({]\s*dot\s*[\])}]\s*/gi, '.');
  return [
    ...plain.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g),
  ].map((m) => m[0].toLowerCase());
}

async function gdprCases(policies: string, goldPath: string): Promise<Case[]> {
  const gold = new Map((await readJsonl(goldPath, GdprGold)).map((g) => [g.id, g]));
  return (await readJsonl(policies, GdprPolicy)).flatMap((p) => {
    const g = gold.get(p.id);
    if (!g) {
      return [];
    }
    const blocks: Block[] = p.passages.map((x) =>
      x.type === 'headline'
        ? { kind: 'heading', text: x.text, level: 2, headingPath: [] }
        : { kind: 'paragraph', text: x.text, headingPath: x.context },
    );
    const emails = [...g.controller_contact, ...g.dpo_contact].flatMap((v) => goldEmails(v.value));
    return [
      {
        id: p.id,
        blocks,
        gold: new Set(emails),
        controllers: g.controller_name.map((c) => c.value),
        hasDpo: g.dpo_contact.length > 0,
      },
    ];
  });
}

async function oppCases(policies: string, goldPath: string): Promise<Case[]> {
  const gold = new Map((await readJsonl(goldPath, OppGold)).map((g) => [g.id, g]));
  return (await readJsonl(policies, OppPolicy)).flatMap((p) => {
    const g = gold.get(p.id);
    if (!g) {
      return [];
    }
    const blocks: Block[] = p.segments.flatMap((s) =>
      s.text.split('\n').map((t): Block => ({ kind: 'paragraph', text: t, headingPath: [] })),
    );
    return [
      { id: p.id, blocks, gold: new Set(g.contact_spans.flatMap((s) => goldEmails(s.text))) },
    ];
  });
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

export interface CorpusScore {
  corpus: string;
  policies: number;
  precision: number;
  recall: number;
  firstIsGold: number;
  controllerFound?: number;
  dpoFound?: number;
  errors: { id: string; missed: string[]; extra: string[] }[];
  /** Policies whose controller name was not found: what was predicted, what the gold says. */
  controllerMisses: { id: string; predicted: string | null; gold: string[] }[];
}

export function score(corpus: string, cases: Case[], results: ContactsResult[]): CorpusScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let first = 0;
  let withGold = 0;
  let ctrl = 0;
  let ctrlGold = 0;
  let dpo = 0;
  let dpoGold = 0;
  const errors: CorpusScore['errors'] = [];
  const controllerMisses: CorpusScore['controllerMisses'] = [];
  cases.forEach((c, i) => {
    const r = results[i] as ContactsResult;
    const pred = r.contacts.filter((x) => x.kind === 'email').map((x) => x.value);
    const hit = pred.filter((p) => c.gold.has(p));
    tp += hit.length;
    predicted += pred.length;
    gold += c.gold.size;
    if (c.gold.size > 0) {
      withGold++;
      first += pred[0] && c.gold.has(pred[0]) ? 1 : 0;
    }
    const missed = [...c.gold].filter((g) => !pred.includes(g));
    const extra = pred.filter((p) => !c.gold.has(p));
    if (missed.length || extra.length) {
      errors.push({ id: c.id, missed, extra });
    }
    if (c.controllers?.length) {
      ctrlGold++;
      const name = norm(r.controller?.name ?? '');
      const found =
        name && c.controllers.some((g) => norm(g).includes(name) || name.includes(norm(g)));
      ctrl += found ? 1 : 0;
      if (!found) {
        controllerMisses.push({
          id: c.id,
          predicted: r.controller?.name ?? null,
          gold: c.controllers,
        });
      }
    }
    if (c.hasDpo) {
      dpoGold++;
      dpo += r.dpo ? 1 : 0;
    }
  });
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    corpus,
    policies: cases.length,
    precision: ratio(tp, predicted),
    recall: ratio(tp, gold),
    firstIsGold: ratio(first, withGold),
    ...(ctrlGold ? { controllerFound: ratio(ctrl, ctrlGold) } : {}),
    ...(dpoGold ? { dpoFound: ratio(dpo, dpoGold) } : {}),
    errors,
    controllerMisses,
  };
}

function pairFlag(args: string[], name: string): [string, string] | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) {
    return undefined;
  }
  const [a, b] = [args[i + 1], args[i + 2]];
  if (!a || !b || a.startsWith('--') || b.startsWith('--')) {
    throw new Error(`--${name} needs two files: <policies.jsonl> <contacts.jsonl>`);
  }
  return [a, b];
}

function print(s: CorpusScore, verbose: boolean): void {
  const pct = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
  process.stdout.write(
    `${s.corpus}: ${s.policies} policies  precision ${pct(s.precision)}  recall ${pct(s.recall)}  first-is-gold ${pct(s.firstIsGold)}` +
      `${s.controllerFound === undefined ? '' : `  controller ${pct(s.controllerFound)}`}${s.dpoFound === undefined ? '' : `  dpo ${pct(s.dpoFound)}`}\n`,
  );
  if (verbose) {
    for (const e of s.errors) {
      process.stdout.write(
        `  ${e.id}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]\n`,
      );
    }
    for (const m of s.controllerMisses) {
      process.stdout.write(
        `  ${m.id}: controller ${JSON.stringify(m.predicted)}, gold ${JSON.stringify(m.gold)}\n`,
      );
    }
  }
}

const USAGE =
  'usage: npm run eval -- contacts --gdpr200 <policies> <gold> --opp115 <policies> <contacts> [--json] [--errors]';

export async function run(args: string[]): Promise<number> {
  // Each flag takes two files: the second one is a positional argument to the shared parser.
  const outcome = parseOrUsage(args, {
    command: 'contacts',
    usage: USAGE,
    values: ['gdpr200', 'opp115'],
    booleans: ['json', 'errors'],
    positional: [0, 2],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  let gdpr: [string, string] | undefined;
  let opp: [string, string] | undefined;
  try {
    gdpr = pairFlag(args, 'gdpr200');
    opp = pairFlag(args, 'opp115');
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  if (!gdpr && !opp) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const scores: CorpusScore[] = [];
  for (const [corpus, files, load] of [
    ['gdpr200', gdpr, gdprCases],
    ['opp115', opp, oppCases],
  ] as const) {
    if (!files) {
      continue;
    }
    const cases = await load(files[0], files[1]);
    scores.push(
      score(
        corpus,
        cases,
        // The one pipeline the extension runs (lib/policy-pipeline), minus a page URL.
        cases.map((c) => analyzePage({ blocks: c.blocks, today: TODAY }).contacts),
      ),
    );
  }
  if (args.includes('--json')) {
    for (const s of scores) {
      process.stdout.write(
        `${JSON.stringify({ ...s, errors: undefined, controllerMisses: undefined })}\n`,
      );
    }
  } else {
    scores.forEach((s) => print(s, args.includes('--errors')));
  }
  return 0;
}
