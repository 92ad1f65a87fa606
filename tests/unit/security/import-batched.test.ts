import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseImport } from '../../../lib/deadlines/ledger-io';
import { importLedger, readLedger } from '../../../lib/storage/ledger';
import { readQuarantine } from '../../../lib/storage/quarantine';
import { trackedRequest } from '../../fixtures/tracked-requests';

// Issue 10, items 6 and 11: an import writes the set-aside list once, never grows it with the
// same file twice, and reports two entries with one id instead of merging them silently.
const file = (requests: unknown[]) =>
  JSON.stringify({
    format: 'rightful-ledger',
    version: 1,
    exportedAt: '2026-03-01T00:00:00Z',
    requests,
  });
const rejectedFile = file(
  Array.from({ length: 2000 }, (_, i) => ({ ...trackedRequest({ id: `r${i}` }), recipient: '' })),
);

describe('import: set-aside entries', () => {
  it('sets 2,000 rejected entries aside in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await importLedger(rejectedFile);
    expect(result).toMatchObject({ ok: true, value: { added: 0, rejected: 2000 } });
    const quarantineWrites = set.mock.calls.filter(([items]) => 'quarantine' in items);
    expect(quarantineWrites).toHaveLength(1);
    expect(await readQuarantine()).toHaveLength(2000);
  }, 30_000);

  it('re-importing the same file does not grow the set-aside store', async () => {
    await importLedger(rejectedFile);
    await importLedger(rejectedFile);
    expect(await readQuarantine()).toHaveLength(2000);
  }, 60_000);
});

describe('import: two entries with the same id', () => {
  const first = trackedRequest({ id: 'same', notes: 'first' });
  const second = trackedRequest({
    id: 'same',
    controller: 'Another Controller',
    events: [
      { id: 'ev-sent', type: 'sent', date: '2026-01-15' },
      { id: 'ev-2', type: 'answered', date: '2026-02-01' },
    ],
  });

  it('parseImport reports the id and refuses the second entry', () => {
    const parsed = parseImport(file([first, second, trackedRequest({ id: 'other' })]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) {
      return;
    }
    expect(parsed.value.duplicates).toEqual(['same']);
    expect(parsed.value.requests.map((r) => r.id)).toEqual(['same', 'other']);
    expect(parsed.value.rejected).toMatchObject([
      { index: 1, id: 'same', issues: ['id: the same id as entry 0'] },
    ]);
  });

  it('importLedger counts it and keeps the second entry aside, whole', async () => {
    const result = await importLedger(file([first, second]));
    expect(result).toMatchObject({ ok: true, value: { added: 1, rejected: 1, duplicates: 1 } });
    expect((await readLedger()).requests).toEqual([first]);
    expect((await readQuarantine()).map((q) => q.raw)).toEqual([second]);
  });
});
