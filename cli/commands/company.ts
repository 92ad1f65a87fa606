/**
 * npm run cli -- company <domain | URL | name> [--json]
 * The company directory's record for a site or a company (lib/directory, the Datenanfragen.de
 * snapshot shipped with the extension): the fields a request needs. Exit 1 when none matches;
 * when several match equally (hosts shared by several records), each is printed, best first.
 */
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';
import { loadDirectory } from '../support/directory';
import { lookupCompany, type DirectoryMatch } from '../../lib/directory/lookup';
import type { CompanyOutput } from '../../lib/directory/company-output';
import { companyOutput } from '../../lib/directory/company-output';

const USAGE = 'usage: npm run cli -- company <domain | URL | name> [--json]';

function human(out: CompanyOutput): string {
  const row = (label: string, value: string | undefined) =>
    value ? [`  ${label.padEnd(17)} ${value.replace(/\n/g, `\n  ${' '.repeat(18)}`)}`] : [];
  const required = out.requiredElements.map((e) => `${e.desc} (${e.type})`).join(', ');
  return [
    `${out.name}  [${out.slug}, matched by ${out.match.by}: ${out.match.key}]`,
    ...row('email', out.email),
    ...row('address', out.address),
    ...row('phone', out.phone),
    ...row('fax', out.fax),
    ...row('web', out.web),
    ...row('webform', out.webform),
    ...row('transport', out.transport),
    ...row('required elements', required),
    ...row('needs ID document', out.needsIdDocument ? 'yes' : 'no'),
    ...row('request language', out.requestLanguage),
    ...row('runs', out.runs.join(', ')),
    ...row('comments', out.comments.join('\n')),
    ...row('sources', out.sources.join('\n')),
    ...row('quality', out.quality),
    `  from the Datenanfragen.de company directory (CC0-1.0), snapshot ${out.snapshot}`,
    '',
  ].join('\n');
}

export async function run(args: string[]): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: 'company',
    usage: USAGE,
    booleans: ['json'],
    positional: [1, Infinity],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  const parsed = outcome.args;
  const query = parsed.positional.join(' ').trim();
  if (!query) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const index = await loadDirectory();
  const matches = lookupCompany(index, query);
  if (!matches.length) {
    process.stderr.write(`no company in the directory matches ${JSON.stringify(query)}\n`);
    return 1;
  }
  const top = matches.filter((m: DirectoryMatch) => m.score === matches[0]?.score);
  const outs = top.map((m) => companyOutput(m, index.data.origin.date));
  process.stdout.write(
    flag(parsed, 'json')
      ? `${JSON.stringify(outs.length === 1 ? outs[0] : outs, null, 2)}\n`
      : outs.map(human).join('\n'),
  );
  return 0;
}
