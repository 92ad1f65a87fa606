import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// PRIVACY.md names every storage key the code defines (issue 17): a new item without a line in
// the privacy statement fails here. Keys are found two ways, so neither can hide one: the storage
// items every lib/ module exports (their `key`), and every 'local:…' literal in the sources.
const AREA_KEY = /^(local|session|sync|managed):([A-Za-z0-9_-]+)$/;
const privacy = readFileSync('PRIVACY.md', 'utf8');

function exportedKeys(): string[] {
  const modules = import.meta.glob<Record<string, unknown>>('../../lib/**/*.ts', { eager: true });
  const keys: string[] = [];
  for (const module of Object.values(modules)) {
    for (const value of Object.values(module)) {
      const key = (value as { key?: unknown } | null)?.key;
      const isItem = typeof (value as { getValue?: unknown } | null)?.getValue === 'function';
      if (isItem && typeof key === 'string' && AREA_KEY.test(key)) {
        keys.push(key);
      }
    }
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function literalKeys(): string[] {
  const keys: string[] = [];
  for (const file of ['lib', 'entrypoints', 'components'].flatMap(sourceFiles)) {
    for (const m of readFileSync(file, 'utf8').matchAll(
      /['"`]((?:local|session|sync):\w+)['"`]/g,
    )) {
      keys.push(m[1] ?? '');
    }
  }
  return keys;
}

const defined = [...new Set([...exportedKeys(), ...literalKeys()])]
  .map((key) => key.replace(AREA_KEY, '$2'))
  .sort();

describe('PRIVACY.md', () => {
  it('finds the storage catalogue (the known items at least)', () => {
    expect(defined).toEqual(expect.arrayContaining(['ledger', 'profile', 'quarantine']));
  });

  it.each(defined)('names the storage key `%s`', (key) => {
    expect(privacy).toContain(`**\`${key}\`**`);
  });

  it('describes no key the code no longer defines', () => {
    const described = [...privacy.matchAll(/^- \*\*`([A-Za-z0-9_-]+)`\*\* — /gm)].map((m) => m[1]);
    expect(described.sort()).toEqual(defined);
  });

  it('says what leaves the device, and that nothing else does', () => {
    const prose = privacy.replace(/\s+/g, ' ');
    for (const phrase of ['The policy page, on your click', 'No analytics', 'No remote code']) {
      expect(prose).toContain(phrase);
    }
    expect(privacy).toContain('`data_collection_permissions: none`');
  });
});
