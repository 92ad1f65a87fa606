import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLedger } from '../../lib/storage/ledger';
import { migrateLedger } from '../../lib/storage/migrations';
import { readQuarantine } from '../../lib/storage/quarantine';
import { trackedRequest } from '../fixtures/tracked-requests';

describe('ledger migrations', () => {
  it.each([
    ['v0 bare array', [1, 2], { kind: 'current', entries: [1, 2], from: 0, rewrite: true }],
    [
      'v1 envelope',
      { version: 1, requests: [1] },
      { kind: 'current', entries: [1], from: 1, rewrite: false },
    ],
    [
      'v1 as JSON text',
      '{"version":1,"requests":[]}',
      { kind: 'current', entries: [], from: 1, rewrite: true },
    ],
    ['newer version', { version: 2, requests: [1] }, { kind: 'newer', version: 2, entries: [1] }],
    ['newer without list', { version: 5 }, { kind: 'newer', version: 5, entries: [] }],
    ['null', null, { kind: 'unreadable', reason: 'not a ledger (null)' }],
    [
      'version 0 object',
      { version: 0, requests: [] },
      { kind: 'unreadable', reason: 'not a ledger (object without a known version)' },
    ],
  ])('%s', (_, raw, expected) => {
    expect(migrateLedger(raw)).toEqual(expected);
  });

  it('migrates an unversioned v0 array to the v1 envelope in storage, losing nothing', async () => {
    const a = trackedRequest({ id: 'a' });
    const b = trackedRequest({ id: 'b', law: 'ccpa', country: 'US' });
    await fakeBrowser.storage.local.set({ ledger: [a, b] });
    expect(await readLedger()).toEqual({ requests: [a, b], problems: [] });
    expect((await fakeBrowser.storage.local.get('ledger')).ledger).toEqual({
      version: 1,
      requests: [a, b],
    });
    expect(await readQuarantine()).toEqual([]);
  });

  it('reports a downgrade (ledger from a newer version) instead of failing silently', async () => {
    await fakeBrowser.storage.local.set({ ledger: { version: 2, requests: [] } });
    expect((await readLedger()).problems).toEqual([{ kind: 'newer-version', version: 2 }]);
  });
});
