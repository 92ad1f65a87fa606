import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportLedger, mergeLedgers, parseImport } from '../../../lib/deadlines/ledger-io';
import { importLedger } from '../../../lib/storage/ledger';
import { readQuarantine } from '../../../lib/storage/quarantine';
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

  // Not timed (the machine is shared): the cost that made it quadratic was one rewrite of the
  // set-aside list per rejected entry (issue 10, item 6), so the writes are counted instead.
  it('a file of 5,000 junk entries keeps none, sets each aside, in as many writes as a file of 5', async () => {
    const junk = (n: number) =>
      JSON.stringify({
        format: 'rightful-ledger',
        version: 1,
        exportedAt: 'x',
        requests: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, law: 'nope' })),
      });
    const writes = async (n: number) => {
      fakeBrowser.reset();
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const result = await importLedger(junk(n));
      expect(result).toMatchObject({ ok: true, value: { added: 0, updated: 0, rejected: n } });
      expect(await readQuarantine()).toHaveLength(n);
      const calls = set.mock.calls.map(([items]) => Object.keys(items).sort().join(','));
      set.mockRestore();
      return calls;
    };
    const few = await writes(5);
    const many = await writes(5000);
    expect(many).toEqual(few);
    expect(many.filter((keys) => keys.split(',').includes('quarantine'))).toHaveLength(1);
  }, 30_000);
});
