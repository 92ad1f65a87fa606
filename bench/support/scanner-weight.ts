import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The injected scanner's gzip budget (issue 3: under 6 KB). */
export const SCANNER_BUDGET = 6144;

/**
 * Our part of the injected scanner: lib/policy-detection/scan-page.ts bundled and minified by
 * esbuild, then gzip -9 — measurable without a build (`npm run bench -- --only=scan`,
 * tests/meta/scanner-weight.test.ts). What ships (shippedScannerWeight) is this as WXT's own
 * minifier writes it, plus WXT's unlisted-script wrapper (about 100 B gzipped).
 */
export async function scannerWeight(): Promise<{ raw: number; gzipped: number }> {
  const entry = new URL('../../lib/policy-detection/scan-page.ts', import.meta.url).pathname;
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * The injected scanner as it ships: the production build's scan.js (`npm run build`; `dir` is
 * .output/chrome-mv3 or .output/firefox-mv3), gzip -9. Null when that build is not there.
 * tests/manifest/weight.test.ts holds it to SCANNER_BUDGET.
 */
export function shippedScannerWeight(dir: string): { raw: number; gzipped: number } | null {
  const file = join(dir, 'scan.js');
  if (!existsSync(file)) {
    return null;
  }
  const code = readFileSync(file);
  return { raw: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}
