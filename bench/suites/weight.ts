/**
 * What the popup and the dashboard load before they show anything, gzipped (issue 12 targets:
 * popup ≤ 60 KB, dashboard ≤ 80 KB):   npm run bench -- --only=weight
 * Read from the production build (.output/chrome-mv3, `npm run build`; else the e2e build): each
 * page's scripts, stylesheets and module preloads, and every chunk those import statically.
 * Chunks loaded with import() (the company directory, a locale's messages…) are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGETS: Record<string, number> = { popup: 60 * 1024, dashboard: 80 * 1024 };

/** The files a page loads at once: its tags, then the static imports of each script, transitively. */
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
      // `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
      for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
        queue.push(join(file.split('/').slice(0, -1).join('/'), m[1] ?? ''));
      }
    }
  }
  return [...seen];
}

export function run(): Promise<void> {
  const dir = ['.output/chrome-mv3', '.output-e2e/chrome-mv3'].find((d) => existsSync(d));
  if (!dir) {
    process.stdout.write('no build: run `npm run build` first\n');
    return Promise.resolve();
  }
  for (const page of ['popup', 'dashboard']) {
    const files = initialFiles(dir, page);
    const gz = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).byteLength,
      0,
    );
    const target = TARGETS[page] ?? 0;
    process.stdout.write(
      `${page}: ${files.length} files before first paint, ${(gz / 1024).toFixed(1)} KB gzipped ` +
        `(target ≤ ${target / 1024} KB${gz > target ? ', NOT MET' : ''}) [${dir}]\n`,
    );
  }
  return Promise.resolve();
}
