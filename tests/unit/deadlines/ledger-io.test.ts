import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLedger, mergeLedgers, parseImport } from '../../../lib/deadlines/ledger-io';
import { frenchRequest } from '../../fixtures/deadlines/requests';
import { ledger } from '../../fixtures/deadlines/arbitraries';

const AT = '2026-03-10T12:00:00.000Z';
const RUNS = { seed: 42, numRuns: 200 };

describe('parseImport', () => {
  it.each([
    ['not JSON', '{"format": ', 'malformed-json'],
    ['another format', '{"format":"other","version":1,"requests":[]}', 'wrong-format'],
    ['an array', '[]', 'wrong-format'],
    ['a later version', '{"format":"rightful-ledger","version":3,"requests":[]}', 'wrong-version'],
    ['requests missing', '{"format":"rightful-ledger","version":1}', 'no-requests'],
  ])('refuses %s as a whole', (_label, text, kind) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe(kind);
  });

  it('keeps the valid entries and reports the invalid ones', () => {
    const good = frenchRequest();
    const file = JSON.stringify({
      format: 'rightful-ledger',
      version: 1,
      exportedAt: AT,
      requests: [good, { ...good, id: 'bad', sentDate: '2026-02-30' }, 42],
    });
    const result = parseImport(file);
    if (!result.ok) {
      throw new Error('expected ok');
    }
    expect(result.value.requests).toEqual([good]);
    expect(result.value.rejected.map((r) => [r.index, r.id])).toEqual([
      [1, 'bad'],
      [2, undefined],
    ]);
    expect(result.value.rejected[0]?.issues[0]).toMatch(/^sentDate:/);
  });
});

describe('mergeLedgers', () => {
  it('adds new requests and unites events by id', () => {
    const mine = frenchRequest([{ id: 'n1', type: 'note', date: '2026-03-05', text: 'mine' }]);
    const theirs = frenchRequest([
      { id: 'n1', type: 'note', date: '2026-03-05', text: 'changed elsewhere' },
      { id: 'a1', type: 'answered', date: '2026-03-20' },
    ]);
    const other = frenchRequest([], { id: 'req-2' });
    const result = mergeLedgers([mine], [theirs, other]);
    expect(result.added).toEqual(['req-2']);
    expect(result.updated).toEqual(['req-fr-1']);
    expect(result.unchanged).toEqual([]);
    expect(result.merged[0]?.events.map((e) => [e.id, e.text])).toEqual([
      ['e-sent', undefined],
      ['n1', 'mine'],
      ['a1', undefined],
    ]);
  });

  it('keeps both notes when they differ', () => {
    const mine = frenchRequest([], { notes: 'called them' });
    const theirs = frenchRequest([], { notes: 'wrote again' });
    expect(mergeLedgers([mine], [theirs]).merged[0]?.notes).toBe('called them\n\nwrote again');
  });
});

describe('ledger properties (fast-check, seed 42)', () => {
  it('export → import is lossless', () => {
    fc.assert(
      fc.property(ledger, (requests) => {
        const result = parseImport(exportLedger(requests, AT));
        expect(result.ok && result.value).toEqual({ requests, rejected: [], duplicates: [] });
      }),
      RUNS,
    );
  });

  it('merging twice changes nothing', () => {
    fc.assert(
      fc.property(ledger, ledger, (existing, incoming) => {
        const once = mergeLedgers(existing, incoming);
        const twice = mergeLedgers(once.merged, incoming);
        expect(twice.merged).toEqual(once.merged);
        expect(twice.added).toEqual([]);
        expect(twice.updated).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never drops an existing request or event', () => {
    fc.assert(
      fc.property(ledger, ledger, (existing, incoming) => {
        const { merged } = mergeLedgers(existing, incoming);
        for (const request of existing) {
          const after = merged.find((r) => r.id === request.id);
          expect(after).toBeDefined();
          for (const event of request.events) {
            expect(after?.events).toContainEqual(event);
          }
        }
        const ids = merged.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it('merging a ledger into itself changes nothing', () => {
    fc.assert(
      fc.property(ledger, (requests) => {
        const result = mergeLedgers(requests, requests);
        expect(result.merged).toEqual(requests);
        expect(result.unchanged).toEqual(requests.map((r) => r.id));
      }),
      RUNS,
    );
  });
});
