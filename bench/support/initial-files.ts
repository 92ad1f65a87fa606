import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 12: what a page may load before it shows anything, gzipped. */
export const WEIGHT_BUDGETS: Readonly<Record<'popup' | 'dashboard', number>> = {
  popup: 60 * 1024,
  dashboard: 80 * 1024,
};

/**
 * The files a built page loads at once: its tags (scripts, stylesheets, module preloads), then
 * the static imports of each script, transitively. Chunks loaded with import() are not counted:
 * `import{a}from"./x.js"` and `import"./x.js"` are, `import("./x.js")` is not.
 */
export function initialFiles(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, `${page}.html`), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !existsSync(join(dir, file))) {
      continue;
    }
    seen.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const m of code.matchAll(
        /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g,
      )) {
        queue.push(join(file.split('/').slice(0, -1).join('/'), m[1] ?? ''));
      }
    }
  }
  return [...seen];
}

/** The gzipped size (level 9) of a page's initial files, in bytes. */
export function initialWeight(dir: string, page: string): { files: string[]; gzipped: number } {
  const files = initialFiles(dir, page);
  const gzipped = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).byteLength,
    0,
  );
  return { files, gzipped };
}
