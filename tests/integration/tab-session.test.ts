import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import {
  clearTabSession,
  newTabSession,
  readTabSession,
  registerTabSessionCleanup,
  saveTabProgress,
  saveTabSession,
  SESSION_MAX_CHARS,
} from '../../lib/app/tab-session';
import type { DocumentAnalysis } from '../../lib/app/analyze-document';
import { loadFixturePolicy } from '../fixtures/policies/load';

const blocks = loadFixturePolicy('en-lumen.txt');
const result: DocumentAnalysis = {
  url: 'https://lumen.example/privacy',
  blocks,
  contacts: { contacts: [], controller: null, dpo: null, authority: null },
  analysis: analyzePolicy(blocks, { today: '2026-11-26' }),
};
const source = {
  url: 'https://lumen.example/privacy',
  html: '<p>big page</p>',
  contentType: 'text/html',
  via: 'same-origin' as const,
};
const PAGE = 'https://lumen.example/shop';

describe('tab session', () => {
  it('brings back the analysis, the step and the draft of the same tab and page', async () => {
    await saveTabSession(7, newTabSession(PAGE, source, result));
    const draft = {
      right: 'erasure',
      law: 'gdpr',
      language: 'fr',
      to: 'a@b.fr',
      sentDate: '2026-11-26',
    } as const;
    await saveTabProgress(7, { step: 'compose', draft });

    const kept = await readTabSession(7, `${PAGE}#top`);
    expect(kept?.result.analysis.summary).toEqual(result.analysis.summary);
    expect(kept?.progress).toEqual({ step: 'compose', draft });
    // Kept in memory only (storage.session), never the page's HTML.
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'tab-7',
      'tab-7-progress',
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.session.get('tab-7'))).not.toContain(
      'big page',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('is per tab, and starts at the verdict when no step was kept', async () => {
    await saveTabSession(7, newTabSession(PAGE, source, result));
    expect(await readTabSession(8, PAGE)).toBeUndefined();
    expect((await readTabSession(7, PAGE))?.progress).toEqual({ step: 'verdict' });
  });

  it('is forgotten when the tab shows another page', async () => {
    await saveTabSession(7, newTabSession(PAGE, source, result));
    expect(await readTabSession(7, 'https://other.example/')).toBeUndefined();
    expect(await readTabSession(7, PAGE)).toBeUndefined();
  });

  it('is forgotten when the tab closes, and a damaged one is dropped', async () => {
    registerTabSessionCleanup();
    await saveTabSession(7, newTabSession(PAGE, source, result));
    await saveTabSession(8, newTabSession(PAGE, source, result));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabSession(7, PAGE)).toBeUndefined());
    expect(await readTabSession(8, PAGE)).toBeDefined();
    await clearTabSession(8);
    expect(await readTabSession(8, PAGE)).toBeUndefined();
    await fakeBrowser.storage.session.set({ 'tab-9': { pageUrl: PAGE, nonsense: true } });
    expect(await readTabSession(9, PAGE)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get('tab-9')).toEqual({});
  });

  it('does not keep a policy too big for storage.session', async () => {
    const huge = {
      ...result,
      blocks: [
        { kind: 'paragraph' as const, text: 'x'.repeat(SESSION_MAX_CHARS), headingPath: [] },
      ],
    };
    expect(await saveTabSession(7, newTabSession(PAGE, source, huge))).toBe(false);
    expect(await readTabSession(7, PAGE)).toBeUndefined();
  });
});
