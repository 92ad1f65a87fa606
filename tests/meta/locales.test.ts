import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLocale, UI_LANGUAGES } from '../../scripts/locales';

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
  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(messages[lang] ?? {}).sort()).toEqual(Object.keys(messages.en ?? {}).sort());
  });

  it.each(UI_LANGUAGES)('%s has no empty message and only Chrome-valid keys', (lang) => {
    for (const [key, value] of Object.entries(messages[lang] ?? {})) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(value.message.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))(
    '%s uses the same $n substitutions as en',
    (lang) => {
      const subs = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
      for (const [key, value] of Object.entries(messages.en ?? {})) {
        expect(subs(messages[lang]?.[key]?.message ?? ''), `${lang}:${key}`).toEqual(
          subs(value.message),
        );
      }
    },
  );

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
