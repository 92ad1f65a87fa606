/**
 * npm run cli -- analyze <file.html|file.txt>... [--url URL] [--json]
 * Policy links, "is this the policy?", and contacts (controller, DPO, authority) of saved pages or
 * plain-text policies, with the same lib/ code the extension runs. --json prints, per input, one
 * object validated by AnalyzeOutput (lib/policy-detection/schema.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flag, parseArgs } from '../support/args';
import { english } from '../support/english';
import { parseHtml } from '../support/parse-html';
import { detectOnPage } from '../../lib/policy-detection/detect-on-page';
import { findContacts } from '../../lib/policy-detection/find-contacts';
import { isPolicyText } from '../../lib/policy-detection/is-policy-page';
import { AnalyzeOutput } from '../../lib/policy-detection/schema';
import { htmlToBlocks } from '../../lib/policy-text/html-to-blocks';
import { textToBlocks } from '../../lib/policy-text/text-to-blocks';

const USAGE = 'usage: npm run cli -- analyze <file.html|file.txt>... [--url URL] [--json]';

export function analyze(input: string, content: string, url?: string): AnalyzeOutput {
  const pageUrl = url ?? pathToFileURL(resolve(input)).href;
  if (extname(input).toLowerCase() === '.txt') {
    const blocks = textToBlocks(content);
    const title = blocks.find((b) => b.kind === 'heading')?.text ?? '';
    return AnalyzeOutput.parse({
      input,
      policyLinks: [],
      isPolicyPage: isPolicyText({ title, url: pageUrl, text: content }),
      ...findContacts(blocks, url ? { pageUrl: url } : {}),
    });
  }
  const doc = parseHtml(content);
  const scan = detectOnPage(doc, pageUrl);
  const result = findContacts(htmlToBlocks(doc), { pageUrl, doc });
  return AnalyzeOutput.parse({
    input,
    policyLinks: scan.policyLinks,
    isPolicyPage: scan.isPolicyPage,
    ...result,
    // LEAD: add `summary`, `attributes`, `checklist` from lib/policy-analysis here (and in the
    // AnalyzeOutput schema), computed from the same blocks.
  });
}

function human(out: AnalyzeOutput): string {
  const lines = [out.input, `  policy page: ${out.isPolicyPage ? 'yes' : 'no'}`];
  lines.push(`  policy links: ${out.policyLinks.length ? '' : '(none)'}`);
  for (const l of out.policyLinks.slice(0, 5)) {
    lines.push(`    [${l.kind}] ${l.url}  score ${l.score} — ${l.reasons.join('; ')}`);
  }
  lines.push(
    `  controller: ${out.controller ? `${out.controller.name}  “${out.controller.evidence.slice(0, 100)}”` : '(not found)'}`,
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
    lines.push(`    ${i + 1}. ${c.kind} ${c.value} [${c.role}] — ${why.join('; ')}`);
    lines.push(`       “${c.evidence.slice(0, 160)}${c.evidence.length > 160 ? '…' : ''}”`);
  });
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['json']);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const url = flag(parsed, 'url');
  if (parsed.positional.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (url !== undefined && !URL.canParse(url)) {
    process.stderr.write(`error: --url is not a URL: ${url}\n`);
    return 2;
  }
  const outputs: AnalyzeOutput[] = [];
  for (const input of parsed.positional) {
    let content: string;
    try {
      content = await readFile(input, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(
        `error: cannot read ${input}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}\n`,
      );
      return 2;
    }
    outputs.push(analyze(input, content, url));
  }
  for (const out of outputs) {
    process.stdout.write(flag(parsed, 'json') ? `${JSON.stringify(out, null, 2)}\n` : human(out));
  }
  return 0;
}
