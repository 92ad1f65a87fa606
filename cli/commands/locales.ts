/**
 * npm run cli -- locales check [--root DIR] [--json]
 * Missing, untranslated (identical to English and not on the allow-list of scripts/locales.ts),
 * surplus or wrongly substituted UI messages, per language. Exit 1 if any; tests/meta runs the
 * same check (checkLocales). A shipped language without its folder counts as all missing.
 */
import { fileURLToPath } from 'node:url';
import { flag } from '../support/args';
import { parseOrUsage } from '../support/parse-or-usage';
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
  const outcome = parseOrUsage(args, {
    command: 'locales',
    usage: USAGE,
    values: ['root'],
    booleans: ['json'],
    positional: [1, 1],
  });
  if (!outcome.ok) {
    return Promise.resolve(outcome.code);
  }
  const [action] = outcome.args.positional;
  if (action !== 'check') {
    process.stderr.write(`locales: unknown action ${JSON.stringify(action)}\n${USAGE}\n`);
    return Promise.resolve(2);
  }
  const report = checkLocales(flag(outcome.args, 'root') ?? projectRoot());
  process.stdout.write(
    flag(outcome.args, 'json') ? `${JSON.stringify(report, null, 2)}\n` : `${human(report)}\n`,
  );
  return Promise.resolve(countProblems(report) === 0 ? 0 : 1);
}
