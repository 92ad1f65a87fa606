/**
 * npm run cli -- analyze <file.html|file.md|file.txt|->... [--kind html|md|txt] [--url URL]
 *                        [--today YYYY-MM-DD] [--json]
 * Each input is read as what it is (by extension; `-` is standard input, its kind from --kind or
 * its first lines); an input of unknown kind is an error (exit 2), never an empty success.
 * Policy links, "is this the policy?", contacts (controller, DPO, authority) and the analysis
 * (summary, flags, attributes, GDPR Art. 13/14 checklist, last update) of saved pages or
 * plain-text policies, with the same lib/ code the extension runs. --json prints, per input, one
 * object validated by AnalyzeOutput (lib/policy-detection/schema.ts). --today (default: the
 * current date) is the reference for "not updated for years".
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';
import { english } from '../support/english';
import { loadPolicy } from '../support/load-policy';
import { renderMessage } from '../../lib/policy-analysis/summarize';
import { detectOnPage } from '../../lib/policy-detection/detect-on-page';
import { analyzePage } from '../../lib/policy-pipeline/analyze-page';
import { isPolicyText } from '../../lib/policy-detection/is-policy-page';
import { AnalyzeOutput } from '../../lib/policy-detection/schema';
import { ReconciledAnalyzeOutput } from '../../lib/directory/analyze-output';
import type { DirectoryIndex } from '../../lib/directory/lookup';
import { reconcileSite } from '../../lib/directory/reconcile';
import { loadDirectory } from '../support/directory';

const USAGE =
  'usage: npm run cli -- analyze <file.html|file.md|file.txt|->... [--kind html|md|txt] [--url URL] [--today YYYY-MM-DD] [--json]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function analyze(
  input: string,
  content: string,
  url?: string,
  today = todayIso(),
  kind?: string,
): AnalyzeOutput {
  const pageUrl = url ?? (input === '-' ? undefined : pathToFileURL(resolve(input)).href);
  const { blocks, doc, lang } = loadPolicy(input, content, kind, pageUrl);
  // The one pipeline the extension runs (lib/policy-pipeline); a file: URL gives no site, so
  // text inputs without --url are read without one.
  const { analysis, contacts } = analyzePage({
    blocks,
    today,
    ...(doc ? { doc } : {}),
    ...(lang ? { lang } : {}),
    ...((doc ? pageUrl : url) ? { url: doc ? pageUrl : url } : {}),
  });
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const page = doc
    ? detectOnPage(doc, pageUrl ?? 'about:blank')
    : { policyLinks: [], isPolicyPage: isPolicyText({ title, url: pageUrl ?? '', text: content }) };
  const en = english();
  return AnalyzeOutput.parse({
    input,
    policyLinks: page.policyLinks,
    isPolicyPage: page.isPolicyPage,
    ...contacts,
    language: analysis.language,
    languageCovered: analysis.languageCovered ?? true,
    summary: analysis.summary.map((i) => ({
      id: i.id,
      tone: i.tone,
      text: renderMessage(i.key, i.params, en),
      evidence: i.evidence,
    })),
    flags: analysis.flags.map((f) => ({
      id: f.id,
      text: renderMessage(f.key, f.params, en),
      evidence: f.evidence,
    })),
    attributes: analysis.attributes,
    checklist: analysis.checklist,
    ...(analysis.lastUpdated ? { lastUpdated: analysis.lastUpdated } : {}),
  });
}

/**
 * The analysis beside the company directory (lib/directory/reconcile.ts), the step the popup runs
 * after the analysis too: contacts from the policy (or the page, when the input is not the
 * policy), then what the directory adds. The site is --url, else the controller's name.
 */
export function withDirectory(
  out: AnalyzeOutput,
  index: DirectoryIndex,
  url?: string,
): ReconciledAnalyzeOutput {
  const r = reconcileSite(index, {
    contacts: out.contacts,
    url,
    controller: out.controller?.name,
    source: out.isPolicyPage ? 'policy' : 'page',
    policyDate: out.lastUpdated,
  });
  return ReconciledAnalyzeOutput.parse({
    ...out,
    contacts: r.contacts,
    company: r.company,
    directory: r.verdict,
  });
}

/** What the summary leaves out for brevity, as the analysis' codes (the JSON has the evidence). */
function attributeLines(a: AnalyzeOutput['attributes']): string[] {
  const codes = (xs: readonly { value: string }[]): string =>
    xs.length ? [...new Set(xs.map((x) => x.value))].join(', ') : '(none)';
  const retention = a.retention
    .filter((r) => r.duration)
    .map((r) => `${r.bound} ${r.duration} (${r.dataTypes.join(', ') || 'all data'})`);
  return [
    `  legal bases: ${codes(a.legalBases)}`,
    `  sources: ${codes(a.sources)}`,
    `  security: ${codes(a.security)}`,
    `  retention: ${retention.join('; ') || '(no period)'}`,
  ];
}

/** The analysis in a few lines: what the policy says, what it leaves out, the checklist's gaps. */
function humanAnalysis(out: AnalyzeOutput): string[] {
  const language = out.languageCovered
    ? out.language
    : `${out.language} (not covered: read with the English cues, expect gaps)`;
  const lines = [`  language: ${language}   last updated: ${out.lastUpdated ?? '(not given)'}`];
  lines.push(`  summary: ${out.summary.length ? '' : '(nothing found)'}`);
  for (const item of out.summary) {
    lines.push(`    ${item.tone === 'warning' ? '!' : '-'} ${item.text}`);
  }
  lines.push(...attributeLines(out.attributes));
  lines.push(`  flags: ${out.flags.length ? '' : '(none)'}`);
  for (const f of out.flags) {
    lines.push(`    ! ${f.text}`);
  }
  const missing = out.checklist.filter((c) => c.status === 'missing');
  const present = out.checklist.filter((c) => c.status === 'present').length;
  lines.push(
    `  GDPR Art. 13/14 checklist: ${present}/${out.checklist.length} present` +
      (missing.length
        ? `; missing: ${missing.map((c) => `${c.id} (${c.article})`).join(', ')}`
        : ''),
  );
  return lines;
}

function directoryLines(out: ReconciledAnalyzeOutput): string[] {
  if (!out.company) {
    return ['  directory: (no record matches)'];
  }
  const c = out.company;
  const v = out.directory;
  const verdict = !v
    ? 'no email to compare'
    : v.status === 'agrees'
      ? `agrees (${v.directory})`
      : v.status === 'differs'
        ? `differs: the directory lists ${v.directory}; the ${out.isPolicyPage ? 'policy' : 'page'}${v.policyDate ? `, dated ${v.policyDate},` : ''} says ${v.page ?? ''}${v.newer === 'policy' ? ' — the policy is newer' : ''}`
        : `directory only: ${v.directory}`;
  return [
    `  directory: ${c.name} [${c.slug}, by ${c.by}] — ${verdict}`,
    `    transport ${c.transport}${c.needsIdDocument ? ', needs an ID document' : ''}${c.requiredElements.length ? `, asks for ${c.requiredElements.map((e) => e.desc).join(', ')}` : ''}`,
    `    from the Datenanfragen.de company directory (CC0-1.0), snapshot ${c.snapshot}`,
  ];
}

function human(out: ReconciledAnalyzeOutput): string {
  const lines = [out.input, `  policy page: ${out.isPolicyPage ? 'yes' : 'no'}`];
  lines.push(`  policy links: ${out.policyLinks.length ? '' : '(none)'}`);
  for (const l of out.policyLinks.slice(0, 5)) {
    lines.push(`    [${l.kind}] ${l.url}  score ${l.score} — ${l.reasons.join('; ')}`);
  }
  lines.push(
    `  controller: ${out.controller ? `${out.controller.name}${out.controller.role ? ` [${out.controller.role}]` : ''}  “${out.controller.evidence.slice(0, 100)}”` : '(not found)'}`,
  );
  const dpo = out.dpo
    ? [out.dpo.name, out.dpo.email && `<${out.dpo.email}>`].filter(Boolean).join(' ')
    : '';
  lines.push(`  DPO: ${out.dpo ? dpo || '(mentioned, no name or address)' : '(not found)'}`);
  lines.push(
    `  supervisory authority named: ${out.authority ? `${out.authority.name} (${out.authority.country})` : '(none)'}`,
  );
  lines.push(`  contacts: ${out.contacts.length ? '' : '(none found)'}`);
  out.contacts.slice(0, 10).forEach((c, i) => {
    const why = c.reasons.map((r) => english()(`contacts_reason_${r.code}`, ...(r.params ?? [])));
    if (c.source === 'directory') {
      const note = c.differs ? 'differs from the page' : 'the page gives none';
      lines.push(`    ${i + 1}. ${c.kind} ${c.value.replace(/\n/g, ', ')} [directory: ${note}]`);
      return;
    }
    const agrees = c.directory ? ' (the directory agrees)' : '';
    lines.push(
      `    ${i + 1}. ${c.kind} ${c.value} [${c.role}, ${c.source}]${agrees} — ${why.join('; ')}`,
    );
    lines.push(`       “${c.evidence.slice(0, 160)}${c.evidence.length > 160 ? '…' : ''}”`);
  });
  lines.push(...directoryLines(out));
  lines.push(...humanAnalysis(out));
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: 'analyze',
    usage: USAGE,
    values: ['kind', 'url', 'today'],
    booleans: ['json'],
    positional: [1, Infinity],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  const parsed = outcome.args;
  const url = flag(parsed, 'url');
  const today = flag(parsed, 'today') ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    process.stderr.write(`error: --today must be a date YYYY-MM-DD: ${today}\n`);
    return 2;
  }
  if (url !== undefined && !URL.canParse(url)) {
    process.stderr.write(`error: --url is not a URL: ${url}\n`);
    return 2;
  }
  const outputs: ReconciledAnalyzeOutput[] = [];
  const index = await loadDirectory();
  for (const input of parsed.positional) {
    let content: string;
    try {
      content = input === '-' ? await readStdin() : await readFile(input, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(
        `error: cannot read ${input}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}\n`,
      );
      return 2;
    }
    try {
      outputs.push(
        withDirectory(analyze(input, content, url, today, flag(parsed, 'kind')), index, url),
      );
    } catch (e) {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      return 2;
    }
  }
  for (const out of outputs) {
    process.stdout.write(flag(parsed, 'json') ? `${JSON.stringify(out, null, 2)}\n` : human(out));
  }
  return 0;
}
