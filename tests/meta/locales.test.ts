import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Right } from '../../lib/shared/right';
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

  // The reverse: a key no code can ask for is dead text every translator still has to write.
  // Used = written literally somewhere in the code (any quoting: a plural base counts for its
  // _one/_other forms), or built at run time from a prefix (`dash_event_${…}`). Where the ids a
  // prefix takes are known, only those count (the dashboard's rights: the catalogue's Right ids —
  // the CCPA's old "know"/"delete"/"correct" labels are gone since the ledger v2).
  it('every message is used by the code', () => {
    const code = [
      ...['components', 'entrypoints', 'lib', 'cli', 'scripts'].flatMap((dir) =>
        sourceFiles(join(root, dir)),
      ),
      join(root, 'wxt.config.ts'),
      join(root, 'entrypoints/popup/index.html'),
    ]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // `dash_event_${…}`, or components/request/labels.ts' key('req_right', right).
    const prefixes = new Set([
      ...[...code.matchAll(/`([a-z][A-Za-z0-9_]*_)\$\{/g)].map((m) => m[1] ?? ''),
      ...[...code.matchAll(/\bkey\(\s*'([a-z][A-Za-z0-9_]*)'/g)].map((m) => `${m[1] ?? ''}_`),
    ]);
    const known: Record<string, readonly string[]> = {
      dash_right_: Right.options.map((right) => right.replace(/-/g, '_')),
    };
    const used = (key: string) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      if (code.includes(key) || code.includes(`'${base}'`)) {
        return true;
      }
      const prefix = [...prefixes].find((p) => key.startsWith(p));
      return prefix !== undefined && (known[prefix]?.includes(key.slice(prefix.length)) ?? true);
    };
    expect(prefixes.has('dash_right_')).toBe(true);
    expect(Object.keys(messages.en ?? {}).filter((key) => !used(key))).toEqual([]);
  });
});
