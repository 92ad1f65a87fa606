import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocales, mergeLocale, UI_LANGUAGES } from '../../scripts/locales';

const root = process.cwd();
const messages = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, mergeLocale(root, lang)]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI messages', () => {
  // The same check as `npm run cli -- locales check`: every key of en, translated (or on the
  // allow-list of scripts/locales.ts), the same $n substitutions, extra keys only plural forms.
  it.each(checkLocales(root))('$lang is complete', (problems) => {
    expect(problems).toEqual({
      lang: problems.lang,
      missing: [],
      extra: [],
      untranslated: [],
      substitutions: [],
    });
  });

  it.each(UI_LANGUAGES)('%s has no empty message and only Chrome-valid keys', (lang) => {
    for (const [key, value] of Object.entries(messages[lang] ?? {})) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('every t("key") in the code exists', () => {
    const used = ['components', 'entrypoints', 'lib']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map(
          (m) => m[1] ?? '',
        ),
      );
    expect(used.length).toBeGreaterThan(0);
    const missing = used.filter((key) => !(key in (messages.en ?? {})));
    expect(missing).toEqual([]);
  });
});
