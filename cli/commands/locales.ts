/**
 * npm run cli -- locales check [--root DIR] [--json]
 * Missing, untranslated (identical to English and not on the allow-list of scripts/locales.ts),
 * surplus or wrongly substituted UI messages, per language. Exit 1 if any; tests/meta runs the
 * same check (checkLocales). A shipped language without its folder counts as all missing.
 */
import { fileURLToPath } from 'node:url';
import { flag, parseArgs } from '../support/args';
import { checkLocales, countProblems, type LocaleProblems } from '../../scripts/locales';

const USAGE = 'usage: npm run cli -- locales check [--root DIR] [--json]';

/** The project root: from this file when it runs from disk (tsx), the cwd otherwise (vitest). */
function projectRoot(): string {
  const root = new URL('../..', import.meta.url);
  return root.protocol === 'file:' ? fileURLToPath(root) : process.cwd();
}

function human(report: LocaleProblems[]): string {
  const section = (title: string, keys: string[]) =>
    keys.length === 0 ? [] : [`  ${title} (${keys.length}): ${keys.join(', ')}`];
  return report
    .map((p) => {
      const lines = [
        ...section('missing', p.missing),
        ...section('untranslated', p.untranslated),
        ...section('other $n substitutions than English', p.substitutions),
        ...section('not in English', p.extra),
      ];
      return lines.length === 0 ? `${p.lang}: complete` : [`${p.lang}:`, ...lines].join('\n');
    })
    .join('\n');
}

export function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ['json', 'help']);
  const [sub, ...rest] = parsed.positional;
  if (flag(parsed, 'help') === 'true' || sub !== 'check' || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return Promise.resolve(flag(parsed, 'help') === 'true' ? 0 : 2);
  }
  const report = checkLocales(flag(parsed, 'root') ?? projectRoot());
  process.stdout.write(
    flag(parsed, 'json') === 'true' ? `${JSON.stringify(report, null, 2)}\n` : `${human(report)}\n`,
  );
  return Promise.resolve(countProblems(report) === 0 ? 0 : 1);
}
