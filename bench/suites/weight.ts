/**
 * What the popup and the dashboard load before they show anything, gzipped (issue 12 targets:
 * popup ≤ 60 KB, dashboard ≤ 80 KB):   npm run bench -- --only=weight
 * Read from the production build (.output/chrome-mv3, `npm run build`; else the e2e build): each
 * page's scripts, stylesheets and module preloads, and every chunk those import statically.
 * Chunks loaded with import() (the verdict and composer, the analysis, the ledger view, a
 * locale's messages…) are not counted; tests/manifest/weight.test.ts holds the same budgets.
 */
import { existsSync } from 'node:fs';
import { initialWeight, WEIGHT_BUDGETS } from '../support/initial-files';

export function run(): Promise<void> {
  const dir = ['.output/chrome-mv3', '.output-e2e/chrome-mv3'].find((d) => existsSync(d));
  if (!dir) {
    process.stdout.write('no build: run `npm run build` first\n');
    return Promise.resolve();
  }
  for (const page of ['popup', 'dashboard'] as const) {
    const { files, gzipped } = initialWeight(dir, page);
    const target = WEIGHT_BUDGETS[page];
    process.stdout.write(
      `${page}: ${files.length} files before first paint, ${(gzipped / 1024).toFixed(1)} KB gzipped ` +
        `(target ≤ ${target / 1024} KB${gzipped > target ? ', NOT MET' : ''}) [${dir}]\n`,
    );
  }
  return Promise.resolve();
}
