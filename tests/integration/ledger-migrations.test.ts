import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryV1ToV2 } from '../../lib/deadlines/entry-v1-to-v2';
import { parseImport } from '../../lib/deadlines/ledger-io';
import { TrackedRequest } from '../../lib/deadlines/schema';
import { readLedger } from '../../lib/storage/ledger';
import { LEDGER_VERSION, migrateLedger } from '../../lib/storage/migrations';
import { readQuarantine } from '../../lib/storage/quarantine';
import { trackedRequest, withoutRecipient } from '../fixtures/tracked-requests';

/** A request as ledger v1 stored it: no channel, the deadlines domain's word for the right. */
function v1Entry(id: string, right: string, over: Record<string, unknown> = {}) {
  const v2: Record<string, unknown> = { ...trackedRequest({ id, law: 'ccpa', country: 'US' }) };
  delete v2.channel;
  return { ...v2, right, language: 'en', ...over };
}

describe('ledger migrations', () => {
  it('the build writes v2', () => {
    expect(LEDGER_VERSION).toBe(2);
  });

  const email = { kind: 'email' };
  it.each([
    [
      'v0 bare array',
      [1, 2],
      { kind: 'current', entries: [1, 2], originals: [1, 2], from: 0, rewrite: true },
    ],
    [
      'v1 envelope (entries migrated, rewritten as v2)',
      { version: 1, requests: [1, { right: 'know' }] },
      {
        kind: 'current',
        entries: [1, { right: 'access', channel: email }],
        originals: [1, { right: 'know' }],
        from: 1,
        rewrite: true,
      },
    ],
    [
      'v2 envelope',
      { version: 2, requests: [1] },
      { kind: 'current', entries: [1], originals: [1], from: 2, rewrite: false },
    ],
    [
      'v2 as JSON text',
      '{"version":2,"requests":[]}',
      { kind: 'current', entries: [], originals: [], from: 2, rewrite: true },
    ],
    ['newer version', { version: 3, requests: [1] }, { kind: 'newer', version: 3, entries: [1] }],
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

  it.each([
    // v1's words → the catalogue's ids (the CCPA's words, Cal. Civ. Code §§1798.100–.106).
    ['know', 'access'],
    ['delete', 'erasure'],
    ['correct', 'rectification'],
    ['access', 'access'],
    ['automated-decision', 'automated-decision'],
    ['opt-out-sale', 'opt-out-sale'],
    ['limit-sensitive', 'limit-sensitive'],
  ])('a v1 entry for "%s" becomes a v2 entry for "%s", sent by e-mail', (v1, v2) => {
    const migrated = entryV1ToV2(v1Entry('a', v1));
    expect(migrated).toEqual({ ...v1Entry('a', v2), channel: { kind: 'email' } });
    expect(TrackedRequest.safeParse(migrated).success).toBe(true);
  });

  it.each([
    ['an unknown right', { id: 'x', right: 'forget-me' }],
    ['no right', { id: 'x' }],
    ['a number for a right', { id: 'x', right: 7 }],
  ])('leaves %s as it is (validation then sets it aside)', (_, entry) => {
    expect(entryV1ToV2(entry)).toEqual({ ...entry, channel: { kind: 'email' } });
  });

  it.each([null, 3, 'text', [1, 2]])('leaves a non-object entry (%j) untouched', (entry) => {
    expect(entryV1ToV2(entry)).toEqual(entry);
  });

  it('keeps a channel a (hand-edited) v1 entry already has', () => {
    const form = { kind: 'web-form', url: 'https://shop.example/form' };
    expect(entryV1ToV2({ id: 'a', right: 'know', channel: form })).toEqual({
      id: 'a',
      right: 'access',
      channel: form,
    });
  });

  it('migrates a stored v1 ledger to v2: CCPA words mapped, channels added, nothing lost', async () => {
    const know = v1Entry('k', 'know');
    const del = v1Entry('d', 'delete');
    const correct = v1Entry('c', 'correct');
    const gdpr = { ...v1Entry('g', 'erasure'), law: 'gdpr', country: 'FR' };
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [know, del, correct, gdpr] },
    });
    const { requests, problems } = await readLedger();
    expect(problems).toEqual([]);
    expect(requests.map((r) => [r.id, r.law, r.right, r.channel.kind])).toEqual([
      ['k', 'ccpa', 'access', 'email'],
      ['d', 'ccpa', 'erasure', 'email'],
      ['c', 'ccpa', 'rectification', 'email'],
      ['g', 'gdpr', 'erasure', 'email'],
    ]);
    // Every other field carried over as it was.
    expect(requests[0]).toEqual({ ...know, right: 'access', channel: { kind: 'email' } });
    const stored = (await fakeBrowser.storage.local.get('ledger')).ledger;
    expect(stored).toEqual({ version: 2, requests });
    expect(await readQuarantine()).toEqual([]);
  });

  it('sets aside, as stored, a v1 entry with an unknown right or damaged fields; keeps the rest', async () => {
    const good = v1Entry('good', 'know');
    const unknown = v1Entry('unknown', 'be-forgotten');
    const damaged = v1Entry('damaged', 'delete', { sentDate: 'last week' });
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [good, unknown, damaged] },
    });
    const { requests, problems } = await readLedger();
    expect(requests.map((r) => r.id)).toEqual(['good']);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'invalid-entry', index: 1, id: 'unknown' }),
      expect.objectContaining({ kind: 'invalid-entry', index: 2, id: 'damaged' }),
    ]);
    const aside = await readQuarantine();
    // The v1 entries themselves, not half-migrated copies: "delete" and no channel.
    expect(aside.map((q) => q.raw)).toEqual([unknown, damaged]);
    expect(aside[0]?.reason).toMatch(/^invalid ledger entry 1: right: /);
    expect(aside[1]?.reason).toMatch(/^invalid ledger entry 2: sentDate: /);
    // Stored back as v2 with the valid entry only; the next read is clean.
    expect((await fakeBrowser.storage.local.get('ledger')).ledger).toMatchObject({
      version: 2,
      requests: [{ id: 'good', right: 'access' }],
    });
    expect(await readLedger()).toMatchObject({ problems: [] });
  });

  it('migrates an unversioned v0 array to the v2 envelope in storage, losing nothing', async () => {
    const a = trackedRequest({ id: 'a' });
    const b = trackedRequest({ id: 'b', law: 'ccpa', country: 'US' });
    await fakeBrowser.storage.local.set({ ledger: [a, b] });
    expect(await readLedger()).toEqual({ requests: [a, b], problems: [] });
    expect((await fakeBrowser.storage.local.get('ledger')).ledger).toEqual({
      version: 2,
      requests: [a, b],
    });
    expect(await readQuarantine()).toEqual([]);
  });

  it('reports a downgrade (ledger from a newer version) instead of failing silently', async () => {
    await fakeBrowser.storage.local.set({ ledger: { version: 3, requests: [] } });
    expect((await readLedger()).problems).toEqual([{ kind: 'newer-version', version: 3 }]);
  });
});

describe('ledger v2: the channel a request was sent through', () => {
  const form = { kind: 'web-form', url: 'https://shop.example/privacy/request' } as const;
  const post = { kind: 'postal', address: 'Example Shop SAS\n1 rue Exemple\n75001 Paris' } as const;
  const noAddress = withoutRecipient(trackedRequest());

  it.each([
    ['e-mail with its address', trackedRequest(), true],
    ['e-mail without an address', { ...noAddress, channel: { kind: 'email' } }, false],
    ['a web form, no e-mail address', { ...noAddress, channel: form }, true],
    ['a web form and the address it copied', trackedRequest({ channel: form }), true],
    ['a postal letter, no e-mail address', { ...noAddress, channel: post }, true],
    ['a web form without its URL', { ...noAddress, channel: { kind: 'web-form' } }, false],
    [
      'a javascript: form URL',
      { ...noAddress, channel: { kind: 'web-form', url: 'javascript:alert(1)' } },
      false,
    ],
    [
      'a blank postal address',
      { ...noAddress, channel: { kind: 'postal', address: ' \n ' } },
      false,
    ],
    ['a channel kind we do not know', { ...noAddress, channel: { kind: 'fax' } }, false],
    ['no channel', noAddress, false],
  ])('%s → valid: %s', (_, request, valid) => {
    expect(TrackedRequest.safeParse(request).success).toBe(valid);
  });

  it('cleans a postal address like any imported text (bidi controls go, lines stay)', () => {
    const parsed = TrackedRequest.parse({
      ...noAddress,
      channel: { kind: 'postal', address: 'Shop\u202e SAS\r\n1 rue Exemple' },
    });
    expect(parsed.channel).toEqual({ kind: 'postal', address: 'Shop SAS\n1 rue Exemple' });
  });
});

describe('export files of version 1', () => {
  it('are imported with their entries migrated; a bad entry is rejected as it was in the file', () => {
    const know = v1Entry('k', 'know');
    const bad = v1Entry('b', 'sell-my-soul');
    const file = JSON.stringify({
      format: 'rightful-ledger',
      version: 1,
      exportedAt: '2026-03-10T12:00:00.000Z',
      requests: [know, bad],
    });
    const parsed = parseImport(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) {
      return;
    }
    expect(parsed.value.requests).toEqual([
      { ...know, right: 'access', channel: { kind: 'email' } },
    ]);
    expect(parsed.value.rejected).toMatchObject([{ index: 1, id: 'b', raw: bad }]);
  });
});
