import { describe, expect, it } from 'vitest';
import { exportLedger, mergeLedgers, parseImport } from '../../../lib/deadlines/ledger-io';
import { trackedRequest } from '../../fixtures/tracked-requests';

/** A crafted import file: prototype keys, huge and deep JSON. Nothing leaks, nothing is lost. */
describe('crafted import files', () => {
  it('a "__proto__" key in an entry pollutes nothing and is not merged as data', () => {
    const file = exportLedger([trackedRequest()], '2026-11-26T00:00:00.000Z').replace(
      '"id":',
      '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id":',
    );
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const merged = mergeLedgers([], parsed.value.requests).merged;
      expect(Object.keys(merged[0] ?? {})).not.toContain('__proto__');
      expect(Object.keys(merged[0] ?? {})).not.toContain('constructor');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('deeply nested JSON is refused as a whole, without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const parsed = parseImport(deep);
    expect(parsed.ok).toBe(false);
  });

  it('a file of 5,000 junk entries keeps none and sets each aside, quickly', () => {
    const file = JSON.stringify({
      format: 'rightful-ledger',
      version: 1,
      exportedAt: 'x',
      requests: Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, law: 'nope' })),
    });
    const start = performance.now();
    const parsed = parseImport(file);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(parsed.ok && parsed.value.requests.length).toBe(0);
    expect(parsed.ok && parsed.value.rejected.length).toBe(5000);
  });
});
