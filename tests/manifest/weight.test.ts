import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialWeight, WEIGHT_BUDGETS } from '../../bench/support/initial-files';
import { SCANNER_BUDGET, shippedScannerWeight } from '../../bench/support/scanner-weight';

// Issue 12: the popup's and the dashboard's first paint, gzipped, on the production build.
// A byte count of what ships, never a time. The composer, the templates, libphonenumber and
// the analysis are loaded with import() when needed (entrypoints/popup/main.tsx).
const DIR = '.output/chrome-mv3';

describe('first-paint weight (production build)', () => {
  it.each(['popup', 'dashboard'] as const)('%s loads no more than its budget', (page) => {
    const { files, gzipped } = initialWeight(DIR, page);
    expect(files.length).toBeGreaterThan(2);
    expect(gzipped).toBeLessThanOrEqual(WEIGHT_BUDGETS[page]);
  });

  it('loads the verdict and the composer (entrypoints/popup/after-read.tsx) with import()', () => {
    const built = readdirSync(join(DIR, 'chunks'));
    expect(built.some((f) => f.startsWith('after-read-'))).toBe(true);
    const { files } = initialWeight(DIR, 'popup');
    expect(files.some((f) => f.includes('after-read-'))).toBe(false);
  });
});

// Issue 3: the script injected into the page on each click, as the store zips carry it (WXT's
// wrapper included), under 6 KB gzipped in both browsers' builds.
describe('injected scanner weight (production builds)', () => {
  it.each(['.output/chrome-mv3', '.output/firefox-mv3'])('%s/scan.js is under budget', (dir) => {
    const weight = shippedScannerWeight(dir);
    expect(weight?.raw).toBeGreaterThan(10_000);
    expect(weight?.gzipped).toBeLessThan(SCANNER_BUDGET);
  });
});
