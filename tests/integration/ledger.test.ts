import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addEvent,
  addRequest,
  exportLedger,
  importLedger,
  readLedger,
  updateRequest,
} from '../../lib/storage/ledger';
import { readQuarantine } from '../../lib/storage/quarantine';
import { trackedRequest } from '../fixtures/tracked-requests';

const stored = async () => (await fakeBrowser.storage.local.get('ledger')).ledger;
const store = (value: unknown) => fakeBrowser.storage.local.set({ ledger: value });

describe('ledger: add, read, update', () => {
  it('starts empty with no problems', async () => {
    expect(await readLedger()).toEqual({ requests: [], problems: [] });
  });

  it('stores an added request in the v2 envelope and reads it back', async () => {
    const request = trackedRequest();
    const result = await addRequest(request);
    expect(result.ok).toBe(true);
    expect(await stored()).toEqual({ version: 2, requests: [request] });
    expect((await readLedger()).requests).toEqual([request]);
  });

  it('refuses an invalid request and a duplicate id, storing nothing new', async () => {
    const bad = await addRequest({ ...trackedRequest(), recipient: 'not an email' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    await addRequest(trackedRequest());
    const twice = await addRequest(trackedRequest());
    expect(twice).toMatchObject({ ok: false, error: { kind: 'duplicate' } });
    expect((await readLedger()).requests).toHaveLength(1);
  });

  it('updates one request and appends a dated event', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    await addRequest(trackedRequest({ id: 'b', controller: 'Other Ltd' }));
    await updateRequest('b', (r) => ({ ...r, notes: 'called them' }));
    const added = await addEvent('a', { id: 'e2', type: 'answered', date: '2026-02-01' });
    expect(added.ok).toBe(true);
    const { requests } = await readLedger();
    expect(requests.map((r) => r.id)).toEqual(['a', 'b']);
    expect(requests[0]?.events.map((e) => e.type)).toEqual(['sent', 'answered']);
    expect(requests[1]?.notes).toBe('called them');
  });

  it.each([
    ['unknown id', 'zzz', { id: 'e', type: 'note', date: '2026-02-01' }, 'not-found'],
    ['invalid date', 'req-1', { id: 'e', type: 'note', date: '1 Feb' }, 'invalid'],
    ['event id reused', 'req-1', { id: 'ev-sent', type: 'note', date: '2026-02-01' }, 'duplicate'],
  ])('addEvent reports %s', async (_, id, event, kind) => {
    await addRequest(trackedRequest());
    const result = await addEvent(id, event as never);
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect((await readLedger()).requests[0]?.events).toHaveLength(1);
  });
});

describe('ledger: damaged storage keeps every valid entry and sets the rest aside', () => {
  it('keeps valid entries around an invalid one, sets it aside, and reports it once', async () => {
    const a = trackedRequest({ id: 'a' });
    const c = trackedRequest({ id: 'c' });
    const broken = { id: 'b', site: 'https://x.example', sentDate: 'yesterday' };
    await store({ version: 1, requests: [a, broken, c] });

    const first = await readLedger();
    expect(first.requests.map((r) => r.id)).toEqual(['a', 'c']);
    expect(first.problems).toEqual([
      expect.objectContaining({ kind: 'invalid-entry', index: 1, id: 'b' }),
    ]);
    const aside = await readQuarantine();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'ledger', raw: broken });
    // Repaired in place: the next read is clean and nothing is set aside twice.
    expect(await readLedger()).toEqual({ requests: [a, c], problems: [] });
    expect(await readQuarantine()).toHaveLength(1);
  });

  it('sets a second entry with the same id aside instead of merging it', async () => {
    const a = trackedRequest({ id: 'a' });
    const a2 = trackedRequest({ id: 'a', controller: 'Someone Else' });
    await store({ version: 1, requests: [a, a2] });
    const { requests, problems } = await readLedger();
    expect(requests).toEqual([a]);
    expect(problems).toMatchObject([{ kind: 'invalid-entry', index: 1 }]);
    expect((await readQuarantine())[0]?.raw).toEqual(a2);
  });

  it.each([
    ['a truncated JSON string', '{"version":1,"requests":[{"id":"a","si'],
    ['a number', 42],
    ['an object without a version', { requests: 'lots' }],
  ])('sets aside %s whole, reports it, and keeps working', async (_, raw) => {
    await store(raw);
    const { requests, problems } = await readLedger();
    expect(requests).toEqual([]);
    expect(problems).toMatchObject([{ kind: 'unreadable' }]);
    expect(await readQuarantine()).toMatchObject([{ key: 'ledger', raw }]);
    expect((await addRequest(trackedRequest())).ok).toBe(true);
    expect((await readLedger()).requests).toHaveLength(1);
  });

  it('reads a complete JSON string and stores it back as an envelope', async () => {
    const a = trackedRequest({ id: 'a' });
    await store(JSON.stringify({ version: 2, requests: [a] }));
    expect(await readLedger()).toEqual({ requests: [a], problems: [] });
    expect(await stored()).toEqual({ version: 2, requests: [a] });
  });

  it('reports a ledger from a newer version, keeps it aside whole, salvages readable entries', async () => {
    const a = trackedRequest({ id: 'a' });
    const future = { version: 3, requests: [a, { id: 'z', shape: 'from the future' }] };
    await store(future);
    const { requests, problems } = await readLedger();
    expect(requests).toEqual([a]);
    expect(problems).toEqual(expect.arrayContaining([{ kind: 'newer-version', version: 3 }]));
    expect(await readQuarantine()).toMatchObject([{ key: 'ledger', raw: future }]);
  });
});

describe('ledger: storage errors are reported, never swallowed', () => {
  it('returns a quota error when storage is full, and the ledger stays as it was', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await addRequest(trackedRequest({ id: 'b' }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    vi.restoreAllMocks();
    expect((await readLedger()).requests.map((r) => r.id)).toEqual(['a']);
  });

  it('does not overwrite damaged data it could not set aside', async () => {
    await store('{"trunc');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk failure'));
    const read = await readLedger();
    expect(read.problems).toMatchObject([{ kind: 'unreadable' }, { kind: 'storage-error' }]);
    const add = await addRequest(trackedRequest());
    expect(add).toMatchObject({ ok: false, error: { kind: 'damaged' } });
    vi.restoreAllMocks();
    expect(await stored()).toBe('{"trunc');
  });
});

describe('ledger: import and export', () => {
  const file = (requests: unknown[]) =>
    JSON.stringify({
      format: 'rightful-ledger',
      version: 1,
      exportedAt: '2026-02-01T10:00:00.000Z',
      requests,
    });

  it('exports what it stores and imports it back without duplicates', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    const text = await exportLedger();
    expect(JSON.parse(text)).toMatchObject({ format: 'rightful-ledger', version: 2 });
    expect(await importLedger(text)).toEqual({
      ok: true,
      value: { added: 0, updated: 0, rejected: 0, duplicates: 0 },
    });
    expect((await readLedger()).requests).toHaveLength(1);
  });

  it('adds new requests and unites the events of known ones', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    const a = trackedRequest({
      id: 'a',
      events: [
        { id: 'ev-sent', type: 'sent', date: '2026-01-15' },
        { id: 'ev-ack', type: 'acknowledged', date: '2026-01-20' },
      ],
    });
    const b = trackedRequest({ id: 'b' });
    const result = await importLedger(file([a, b]));
    expect(result).toEqual({
      ok: true,
      value: { added: 1, updated: 1, rejected: 0, duplicates: 0 },
    });
    const { requests } = await readLedger();
    expect(requests.map((r) => [r.id, r.events.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    // Importing the same file again changes nothing.
    expect(await importLedger(file([a, b]))).toEqual({
      ok: true,
      value: { added: 0, updated: 0, rejected: 0, duplicates: 0 },
    });
    expect((await readLedger()).requests).toEqual(requests);
  });

  it('sets invalid entries of a good file aside and merges the rest', async () => {
    const bad = { id: 'x', site: 'nowhere' };
    const result = await importLedger(file([trackedRequest({ id: 'b' }), bad]));
    expect(result).toEqual({
      ok: true,
      value: { added: 1, updated: 0, rejected: 1, duplicates: 0 },
    });
    expect(await readQuarantine()).toMatchObject([{ key: 'ledger-import', raw: bad }]);
  });

  it.each([
    ['truncated JSON', '{"format":"rightful-ledger","vers', 'malformed-json'],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, requests: [] }),
      'wrong-format',
    ],
    ['another version', JSON.stringify({ format: 'rightful-ledger', version: 9 }), 'wrong-version'],
    ['no request list', JSON.stringify({ format: 'rightful-ledger', version: 1 }), 'no-requests'],
  ])('refuses %s and changes nothing', async (_, text, kind) => {
    await addRequest(trackedRequest({ id: 'a' }));
    const before = await fakeBrowser.storage.local.get(null);
    const result = await importLedger(text);
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('reports a quota error during import and keeps the ledger as it was', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await importLedger(file([trackedRequest({ id: 'b' })]));
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    vi.restoreAllMocks();
    expect((await readLedger()).requests.map((r) => r.id)).toEqual(['a']);
  });
});
