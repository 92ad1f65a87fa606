/**
 * Speed figures, printed as numbers (tests never check wall-clock time):
 *   npm run bench [-- --only=<suite>] [--pages <dir>] [--fuzz-runs N] [--no-5mb] [--against <ref>]
 * Each suite lives in bench/suites/<name>.ts and exports `run(args): Promise<void>`; all run in order.
 */
import { readdirSync } from 'node:fs';
import { parseOrUsage } from '../cli/support/parse-or-usage';

const USAGE =
  'usage: npm run bench [-- --only=<suite>] [--pages <dir>] [--fuzz-runs N] [--no-5mb] [--against <ref>] [--pairs N]';

interface Suite {
  run(args: string[]): Promise<void>;
}

async function main(args: string[]): Promise<void> {
  const outcome = parseOrUsage(args, {
    command: 'bench',
    usage: USAGE,
    values: ['only', 'pages', 'fuzz-runs', 'against', 'pairs'],
    booleans: ['no-5mb'],
  });
  if (!outcome.ok) {
    process.exitCode = outcome.code;
    return;
  }
  const dir = new URL('./suites/', import.meta.url);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const name = file.replace(/\.ts$/, '');
    if (only && only !== name) {
      continue;
    }
    process.stdout.write(`\n## ${name}\n`);
    const suite = (await import(new URL(file, dir).href)) as Suite;
    await suite.run(args);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
