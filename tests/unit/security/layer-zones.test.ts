import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers (DESIGN.md, house style 15; issue 12, "Layers"): the project's own eslint.config.js
 * refuses an import across a layer, or browser.i18n outside lib/ui, with a message saying what to
 * do instead. Its rules for each file are taken from the config, then run on a snippet.
 */
const RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-properties'];
const FILES = [
  'lib/app/request-flow.ts',
  'lib/storage/items.ts',
  'components/popup/VerdictCard.tsx',
  'lib/ui/i18n.ts',
];
const rules = new Map<string, Linter.RulesRecord>();
beforeAll(async () => {
  const eslint = new ESLint();
  for (const file of FILES) {
    const config = (await eslint.calculateConfigForFile(file)) as { rules?: Linter.RulesRecord };
    rules.set(
      file,
      Object.fromEntries(
        RULES.flatMap((id) => (config.rules?.[id] ? [[id, config.rules[id]]] : [])),
      ),
    );
  }
}, 60_000);

const lint = (code: string, filename: string) =>
  new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: rules.get(filename) ?? {},
      },
    ],
    filename,
  );

describe('layer zones', () => {
  it.each([
    ['lib/app/request-flow.ts', "import { t } from '../ui/i18n';", 'lib/app sits below the UI'],
    ['lib/app/request-flow.ts', "import { createSignal } from 'solid-js';", 'lib/app sits below'],
    ['lib/storage/items.ts', "import { x } from '../app/tab-session';", 'lib/storage holds'],
    [
      'components/popup/VerdictCard.tsx',
      "import { readPolicy } from '@/lib/app/read-policy';",
      'Components are presentational',
    ],
    [
      'components/popup/VerdictCard.tsx',
      "const m = browser.i18n.getMessage('x');",
      'Only lib/ui/i18n.ts reads browser.i18n',
    ],
  ])('%s: refuses `%s`, saying what to do instead', (file, code, says) => {
    const messages = lint(code, file);
    expect(messages.length).toBe(1);
    expect(messages[0]?.message).toContain(says);
  });

  it('lets each layer use what is below it', () => {
    expect(lint("import type { Draft } from '@/lib/app/tab-session';", FILES[2]!)).toEqual([]);
    expect(lint("import { z } from 'zod';", 'lib/app/request-flow.ts')).toEqual([]);
    expect(lint("const m = browser.i18n.getMessage('x');", 'lib/ui/i18n.ts')).toEqual([]);
  });
});
