// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SCANNER_BUDGET, scannerWeight } from '../../bench/support/scanner-weight';

// Issue 11: the scanner injected into every page the user clicks Rightful on stays under 6 KB
// gzipped. The bench's own measure (`npm run bench -- --only=scan`): a byte count of what ships,
// never a time. A faster scan has to pay for its own bytes.
describe('injected scanner weight', () => {
  it('bundles lib/policy-detection/scan-page.ts under its gzip budget', async () => {
    const { raw, gzipped } = await scannerWeight();
    // Sanity: it is the scanner, not an empty bundle.
    expect(raw).toBeGreaterThan(10_000);
    expect(gzipped).toBeLessThan(SCANNER_BUDGET);
  });
});
