// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Issue 11: the scanner injected into every page the user clicks Rightful on stays under 6 KB
// gzipped. The same measure as `npm run bench -- --only=scan` (esbuild, minified, gzip -9): a byte
// count of what ships, never a time. A faster scan has to pay for its own bytes.
const BUDGET = 6144;

describe('injected scanner weight', () => {
  it('bundles lib/policy-detection/detect-on-page.ts under its gzip budget', async () => {
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
    // Sanity: it is the scanner, not an empty bundle.
    expect(code.byteLength).toBeGreaterThan(10_000);
    expect(gzipSync(code, { level: 9 }).byteLength).toBeLessThan(BUDGET);
  });
});
