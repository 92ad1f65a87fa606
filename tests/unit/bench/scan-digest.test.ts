// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { digest, digestSets } from '../../../bench/support/scan-digest';

// The bench prints these digests so that a speed change can show the scanner's output unchanged.
describe('scan output digests', () => {
  it('depend on every scan and on their order, not on how they are split', () => {
    const d = digest(['{"a":1}', '{"b":2}']);
    expect(d).toMatch(/^[0-9a-f]{12}$/);
    expect(digest(['{"a":1}', '{"b":2}'])).toBe(d);
    expect(digest(['{"b":2}', '{"a":1}'])).not.toBe(d);
    expect(digest(['{"a":1}{"b":2}'])).not.toBe(d);
    expect(digest(['{"a":1}', '{"b":3}'])).not.toBe(d);
  });

  it('cover the demo site pages, each at its own URL, and skip a missing corpus', () => {
    const sets = Object.fromEntries(digestSets('/nonexistent'));
    expect(sets['OPP-115']).toEqual([]);
    const demo = sets['demo site'] ?? [];
    expect(demo.length).toBeGreaterThanOrEqual(17);
    expect(new Set(demo.map((p) => p.url)).size).toBe(demo.length);
    expect(demo.every((p) => p.html.includes('<'))).toBe(true);
  });
});
