import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialFiles, initialWeight } from '../../../bench/support/initial-files';

// A tiny synthetic build: the page's tags, a static import chain, and a dynamic import.
const dir = mkdtempSync(join(tmpdir(), 'rightful-weight-'));
mkdirSync(join(dir, 'chunks'));
mkdirSync(join(dir, 'assets'));
const files: Record<string, string> = {
  'page.html':
    '<script type="module" src="/chunks/page-1.js"></script>' +
    '<link rel="modulepreload" href="/chunks/shared-2.js">' +
    '<link rel="stylesheet" href="/assets/page-3.css">',
  'chunks/page-1.js':
    'import{a as b}from"./shared-2.js";import"./side-4.js";import("./lazy-5.js");',
  'chunks/shared-2.js': 'export{c}from"./re-6.js";const a=1;',
  'chunks/side-4.js': 'x()',
  'chunks/lazy-5.js': 'import"./only-lazy-7.js";' + 'y'.repeat(10_000),
  'chunks/re-6.js': 'export const c=2;',
  'chunks/only-lazy-7.js': 'z()',
  'assets/page-3.css': 'a{}',
};
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(dir, name), text);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('initialFiles', () => {
  it('follows tags and static imports, not import()', () => {
    expect(initialFiles(dir, 'page').sort()).toEqual([
      'assets/page-3.css',
      'chunks/page-1.js',
      'chunks/re-6.js',
      'chunks/shared-2.js',
      'chunks/side-4.js',
    ]);
  });

  it('counts only those files, gzipped', () => {
    // The lazy chunk's 10,000 characters would weigh far more than the five small files.
    expect(initialWeight(dir, 'page').gzipped).toBeLessThan(500);
  });
});
