import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  confirmOpenedDraft,
  draftKey,
  forgetOpenedDraft,
  openedDraftsItem,
  readOpenedDrafts,
  rememberOpenedDraft,
  type OpenedDraft,
} from '../../lib/app/opened-drafts';
import {
  readTabSession,
  saveTabProgress,
  saveTabSession,
  newTabSession,
} from '../../lib/app/tab-session';
import { readLedger } from '../../lib/storage/ledger';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';

const request = {
  site: 'https://shop.example',
  controller: 'Shop SAS',
  recipient: 'dpo@shop.example',
  channel: { kind: 'email' },
  right: 'erasure',
  law: 'gdpr',
  language: 'fr',
  country: 'FR',
} as const;
const draft = (over: Partial<OpenedDraft> = {}): OpenedDraft => ({
  key: draftKey(request),
  tabId: 7,
  opened: '2026-11-20',
  via: 'gmail',
  subject: 'Demande d’effacement',
  request,
  ...over,
});

describe('requests opened in a mail app (the dashboard\'s "I sent it")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers one per site, law and right: opening it again replaces it', async () => {
    await rememberOpenedDraft(draft());
    await rememberOpenedDraft(draft({ via: 'outlook', opened: '2026-11-21' }));
    await rememberOpenedDraft(draft({ key: draftKey({ ...request, right: 'access' }) }));
    const drafts = await readOpenedDrafts();
    expect(drafts.map((d) => [d.key, d.via])).toEqual([
      ['https://shop.example|gdpr|erasure', 'outlook'],
      ['https://shop.example|gdpr|access', 'gmail'],
    ]);
  });

  it('drops a damaged entry and keeps the good ones', async () => {
    await openedDraftsItem.setValue([{ key: 'x' }, draft()]);
    expect((await readOpenedDrafts()).map((d) => d.key)).toEqual([draftKey(request)]);
    await openedDraftsItem.setValue('nonsense');
    expect(await readOpenedDrafts()).toEqual([]);
  });

  it('tracks it once with the date the user gives; a second confirmation finds nothing', async () => {
    await rememberOpenedDraft(draft());
    const [first, second] = await Promise.all([
      confirmOpenedDraft(draft().key, '2026-11-22'),
      confirmOpenedDraft(draft().key, '2026-11-22'),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const ledger = await readLedger();
    expect(ledger.requests).toHaveLength(1);
    expect(ledger.requests[0]).toMatchObject({ ...request, sentDate: '2026-11-22' });
    expect(await readOpenedDrafts()).toEqual([]);
    expect(await confirmOpenedDraft(draft().key, '2026-11-22')).toEqual({
      ok: false,
      error: 'gone',
    });
  });

  it('closes the tab popup\'s own "I sent it" for that draft only', async () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'We keep data.', headingPath: [] }];
    const result = {
      url: 'https://shop.example/privacy',
      blocks,
      contacts: { contacts: [], controller: null, dpo: null, authority: null },
      analysis: analyzePolicy(blocks, { today: '2026-11-20' }),
    };
    const page = 'https://shop.example/';
    const source = { url: result.url, html: '', contentType: 'text/html', via: 'page' as const };
    const tabDraft = {
      right: 'erasure',
      law: 'gdpr',
      language: 'fr',
      to: request.recipient,
      sentDate: '2026-11-20',
    } as const;
    await saveTabSession(7, newTabSession(page, source, result));
    await saveTabProgress(7, { step: 'compose', draft: tabDraft });
    await saveTabSession(8, newTabSession(page, source, result));
    await saveTabProgress(8, { step: 'compose', draft: { ...tabDraft, right: 'access' } });
    await rememberOpenedDraft(draft());
    await confirmOpenedDraft(draft().key, '2026-11-21');
    expect((await readTabSession(7, page))?.progress).toEqual({
      step: 'sent',
      draft: { ...tabDraft, sent: { date: '2026-11-21', body: '' } },
    });
    // Tab 8's user has moved on to an access request: not the one confirmed.
    await rememberOpenedDraft(draft({ tabId: 8 }));
    await confirmOpenedDraft(draft().key, '2026-11-21');
    expect((await readTabSession(8, page))?.progress.draft?.sent).toBeUndefined();
  });

  it('forgets a draft the user did not send', async () => {
    await rememberOpenedDraft(draft());
    await forgetOpenedDraft(draft().key);
    expect(await readOpenedDrafts()).toEqual([]);
  });
});
