import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The injected scanner's gzip budget (issue 3: under 6 KB). */
export const SCANNER_BUDGET = 6144;

/**
 * The injected scanner as it ships in size: lib/policy-detection/detect-on-page.ts bundled and
 * minified by esbuild, then gzip -9. One measure for `npm run bench -- --only=scan` and
 * tests/meta/scanner-weight.test.ts.
 */
export async function scannerWeight(): Promise<{ raw: number; gzipped: number }> {
  const entry = new URL('../../lib/policy-detection/detect-on-page.ts', import.meta.url).pathname;
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
