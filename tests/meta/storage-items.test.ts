import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension (vitest runs from the project root). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// Issue 12: storage items are defined in one place (ESLint's storage door says the same).
describe('storage items', () => {
  const files = ['lib', 'entrypoints', 'components'].flatMap(sources);

  it('are defined only in lib/storage/items.ts', () => {
    const defining = files.filter((f) => readFileSync(f, 'utf8').includes('.defineItem'));
    expect(defining).toEqual([join('lib', 'storage', 'items.ts')]);
  });

  it('each have their own key', () => {
    const text = readFileSync('lib/storage/items.ts', 'utf8');
    const keys = [...text.matchAll(/defineItem<[^>]*>\(\s*[`']([^`']+)[`']/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
