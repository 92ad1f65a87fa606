/**
 * npm run cli -- ledger validate FILE [--json]
 * Checks an export file exactly as the dashboard's import does (parseImport, lib/deadlines/
 * ledger-io.ts) and touches no store: which entries would be accepted, which refused and why,
 * which ids the file repeats. Exit 0 when every entry is accepted, 1 when some are refused,
 * 2 for a file that cannot be read or is not a ledger export (the import would change nothing).
 */
import { readFile } from 'node:fs/promises';
import { parseImport, type ImportError, type LedgerImport } from '../../lib/deadlines/ledger-io';
import { cleanLine } from '../../lib/shared/clean-text';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';

const USAGE = 'usage: npm run cli -- ledger validate FILE [--json]';

/** The --json output: what the import would accept, refuse, and the ids seen twice. */
export interface LedgerValidation {
  accepted: number;
  rejected: { index: number; id: string | null; reason: string }[];
  duplicates: string[];
}

export function validation(result: LedgerImport): LedgerValidation {
  return {
    accepted: result.requests.length,
    rejected: result.rejected.map((r) => ({
      index: r.index,
      id: r.id ?? null,
      reason: r.issues.join('; '),
    })),
    duplicates: result.duplicates,
  };
}

function notALedger(error: ImportError): string {
  switch (error.kind) {
    case 'malformed-json':
      return `not JSON (${cleanLine(error.message)})`;
    case 'wrong-format':
      return 'not a Rightful ledger export (no "format": "rightful-ledger")';
    case 'wrong-version':
      return `a ledger export of version ${JSON.stringify(error.version)}, which this version cannot read`;
    case 'no-requests':
      return `no list of requests (${cleanLine(error.message)})`;
  }
}

function human(v: LedgerValidation): string {
  const lines = [
    `${v.accepted} accepted, ${v.rejected.length} rejected` +
      (v.duplicates.length ? `, ids repeated: ${v.duplicates.map(cleanLine).join(', ')}` : ''),
    // The file's own text (ids, reasons quoting it) is shown on one line, without controls.
    ...v.rejected.map(
      (r) =>
        `  entry ${r.index}${r.id === null ? '' : ` (${cleanLine(r.id)})`}: ${cleanLine(r.reason)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  const outcome = parseOrUsage(args, {
    command: 'ledger',
    usage: USAGE,
    booleans: ['json'],
    positional: [2, 2],
  });
  if (!outcome.ok) {
    return outcome.code;
  }
  const [action, file = ''] = outcome.args.positional;
  if (action !== 'validate') {
    process.stderr.write(`ledger: unknown action ${JSON.stringify(action)}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`ledger: cannot read ${file}${code ? ` (${code})` : ''}\n`);
    return 2;
  }
  const parsed = parseImport(text);
  if (!parsed.ok) {
    process.stderr.write(`ledger: ${file} is ${notALedger(parsed.error)}\n`);
    return 2;
  }
  const v = validation(parsed.value);
  process.stdout.write(flag(outcome.args, 'json') ? `${JSON.stringify(v, null, 2)}\n` : human(v));
  return v.rejected.length === 0 ? 0 : 1;
}
