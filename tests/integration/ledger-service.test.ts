import { say } from '../../lib/ui/i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { download } from '../../lib/app/download';
import {
  dashboardHandlers,
  localToday,
  recordEvent,
  requestsForSite,
  setChannel,
  trackSentRequest,
} from '../../lib/app/ledger-service';
import { addRequest, readLedger } from '../../lib/storage/ledger';
import { trackedRequest, withoutRecipient } from '../fixtures/tracked-requests';

// The UI's translator and language, as the dashboard passes them (lib/ui/i18n.ts).
const UI = { say, lang: 'en' };

const sent = {
  site: 'https://shop.example',
  controller: 'Example Shop SAS',
  recipient: 'privacy@shop.example',
  channel: { kind: 'email' as const },
  right: 'access' as const,
  law: 'gdpr' as const,
  language: 'fr',
  country: 'FR',
  sentDate: '2026-01-15',
};

describe('localToday', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 30), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
  ])('%s → %s (local calendar day)', (now, expected) => {
    expect(localToday(now)).toBe(expected);
  });
});

describe('trackSentRequest', () => {
  it('stores the request with an id and its dated "sent" event', async () => {
    const result = await trackSentRequest(sent);
    expect(result.ok).toBe(true);
    const { requests } = await readLedger();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject(sent);
    expect(requests[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]?.events).toMatchObject([{ type: 'sent', date: '2026-01-15' }]);
  });

  it('refuses a request the schema rejects and stores nothing', async () => {
    const result = await trackSentRequest({ ...sent, recipient: 'nobody' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await readLedger()).requests).toEqual([]);
  });

  it('tracks a request sent through a web form or by post, with no e-mail address', async () => {
    const withoutAddress = withoutRecipient(sent);
    const form = { kind: 'web-form' as const, url: 'https://shop.example/privacy-form' };
    const post = { kind: 'postal' as const, address: 'Example Shop SAS\n1 rue Exemple\nParis' };
    expect((await trackSentRequest({ ...withoutAddress, channel: form })).ok).toBe(true);
    expect((await trackSentRequest({ ...withoutAddress, channel: post })).ok).toBe(true);
    const { requests } = await readLedger();
    expect(requests.map((r) => [r.channel, r.recipient])).toEqual([
      [form, undefined],
      [post, undefined],
    ]);
  });

  it('refuses an e-mail request without its address', async () => {
    const withoutAddress = withoutRecipient(sent);
    const result = await trackSentRequest(withoutAddress);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  });
});

describe('setChannel', () => {
  const form = { kind: 'web-form' as const, url: 'https://shop.example/privacy-form' };

  it('records that a request went through the web form, keeping its address', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    expect((await setChannel('a', form)).ok).toBe(true);
    const [request] = (await readLedger()).requests;
    expect(request).toMatchObject({ channel: form, recipient: 'privacy@shop.example' });
  });

  it('refuses e-mail for a request with no address on record, and a channel without its URL', async () => {
    const noAddress = withoutRecipient(trackedRequest({ id: 'f', channel: form }));
    await addRequest(noAddress);
    expect(await setChannel('f', { kind: 'email' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid' },
    });
    const noUrl = { kind: 'web-form' } as unknown as typeof form;
    expect(await setChannel('f', noUrl)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect((await setChannel('f', { kind: 'email' }, 'dpo@shop.example')).ok).toBe(true);
    expect((await readLedger()).requests[0]).toMatchObject({
      channel: { kind: 'email' },
      recipient: 'dpo@shop.example',
    });
  });
});

describe('recordEvent', () => {
  it('appends the event with a fresh id', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    await recordEvent('a', { type: 'answered', date: '2026-02-01' });
    await recordEvent('a', { type: 'note', date: '2026-02-01', text: 'all there' });
    const events = (await readLedger()).requests[0]?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(['sent', 'answered', 'note']);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });
});

describe('requestsForSite', () => {
  const requests = [
    trackedRequest({ id: 'a', site: 'https://www.shop.example' }),
    trackedRequest({ id: 'b', site: 'https://other.example' }),
  ];
  it.each([
    ['https://shop.example/privacy', ['a']],
    ['https://www.shop.example/', ['a']],
    ['https://other.example/x?y', ['b']],
    ['https://unknown.example/', []],
    ['not a url', []],
  ])('%s → %j', (url, ids) => {
    expect(requestsForSite(requests, url).map((r) => r.id)).toEqual(ids);
  });
});

describe('dashboardHandlers', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    created.length = 0;
    // jsdom has no object URLs; record what would be downloaded.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.useRealTimers());

  it('describes a malformed import in words and changes nothing', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    const before = await fakeBrowser.storage.local.get(null);
    const outcome = await dashboardHandlers('2026-03-01', UI).onImport('{"format": "rightful-le');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toMatch(/^the file is not valid JSON \(/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('reports a full storage in words', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const error = await dashboardHandlers('2026-03-01', UI).onRecord('a', {
      type: 'answered',
      date: '2026-03-01',
    });
    expect(error).toBe("the browser's storage for Rightful is full");
  });

  it('downloads the calendar of deadlines as text/calendar', async () => {
    await addRequest(trackedRequest({ id: 'a' }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    dashboardHandlers('2026-03-01', UI).onExportIcs();
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    expect(created[0]?.type).toBe('text/calendar');
    expect(await created[0]?.text()).toContain('BEGIN:VCALENDAR');
  });
});

describe('download', () => {
  it('clicks a hidden link with the file name, then revokes the URL', () => {
    vi.useFakeTimers();
    const revoke = vi.fn();
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = revoke;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    download('ledger.json', '{}');
    const link = click.mock.instances[0] as HTMLAnchorElement;
    expect(link.download).toBe('ledger.json');
    expect(link.href).toBe('blob:test');
    expect(link.isConnected).toBe(false);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:test');
    vi.useRealTimers();
  });
});
