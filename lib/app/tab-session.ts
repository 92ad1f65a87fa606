import * as z from 'zod';
import { browser } from 'wxt/browser';
import { PolicyAnalysis } from '../policy-analysis/schema';
import { ContactsResult } from '../policy-detection/schema';
import { Language, Right } from '../legal/catalogue.data';
import { Law } from '../shared/law';
import { Block } from '../shared/policy-text';
import { tabProgressItem as progressItem, tabSessionItem as item } from '../storage/items';
import type { DocumentAnalysis } from './analyze-document';
import type { PolicySource } from './read-policy';

/** Where the user is in the popup: the verdict, writing a request, or the request sent. */
export const SessionStep = z.enum(['verdict', 'compose', 'sent']);
export type SessionStep = z.infer<typeof SessionStep>;

/** The request being written: enough to put the composer back exactly as it was left. */
export const Draft = z.object({
  right: Right,
  law: Law,
  language: Language,
  to: z.string(),
  /** The body as edited by the user; absent while it is the template's own text. */
  body: z.string().optional(),
  sentDate: z.string(),
  /** Set once "I sent it" was confirmed: the request is in the ledger, a second click is refused. */
  sent: z.object({ date: z.string(), body: z.string() }).optional(),
  /** The way the user last took (web form, printed letter, mail): what "I sent it" records. */
  via: z.enum(['email', 'web-form', 'postal']).optional(),
});
export type Draft = z.infer<typeof Draft>;

/**
 * What one tab's popup had on screen, so that closing the popup (a click on "Open in Gmail", a
 * click outside) loses nothing: the policy read, its analysis, the step and the draft.
 * Kept in storage.session (memory only, gone when the browser closes), one entry per tab.
 */
export const TabSession = z.object({
  /** The tab's page when the policy was read: another page in that tab starts afresh. */
  pageUrl: z.string(),
  source: z.object({
    url: z.string(),
    contentType: z.string(),
    via: z.enum(['page', 'same-origin', 'other-origin']),
  }),
  result: z.object({
    url: z.string(),
    blocks: z.array(Block),
    contacts: ContactsResult,
    analysis: PolicyAnalysis,
    changedSince: z.string().optional(),
  }),
});
export type TabSession = z.infer<typeof TabSession>;

/** The step and the draft, stored apart: they change on every keystroke, the analysis never. */
export const TabProgress = z.object({ step: SessionStep, draft: Draft.optional() });
export type TabProgress = z.infer<typeof TabProgress>;

/** storage.session holds 10 MB in Chromium; a huge policy is simply not remembered. */
export const SESSION_MAX_CHARS = 3_000_000;

/** The same page, whatever its fragment (#section links keep the session). */
const samePage = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/**
 * The session of `tabId` if it was opened on `pageUrl`, with the step and draft (the verdict step
 * when none was kept); a stale or damaged one is removed.
 */
export async function readTabSession(
  tabId: number,
  pageUrl: string | undefined,
): Promise<(TabSession & { progress: TabProgress }) | undefined> {
  const raw = await item(tabId)
    .getValue()
    .catch(() => null);
  if (raw === null) {
    return undefined;
  }
  const parsed = TabSession.safeParse(raw);
  // Session data is a cache of what is on screen, rebuilt with one click: dropping it loses nothing.
  if (!parsed.success || pageUrl === undefined || !samePage(parsed.data.pageUrl, pageUrl)) {
    await clearTabSession(tabId);
    return undefined;
  }
  const progress = TabProgress.safeParse(
    await progressItem(tabId)
      .getValue()
      .catch(() => null),
  );
  return { ...parsed.data, progress: progress.success ? progress.data : { step: 'verdict' } };
}

/** Remembers the step and the draft of the tab's popup. */
export async function saveTabProgress(tabId: number, progress: TabProgress): Promise<void> {
  await progressItem(tabId)
    .setValue(progress)
    .catch(() => undefined);
}

/** Remembers what the popup shows for this tab; false when it is too big to keep. */
export async function saveTabSession(tabId: number, session: TabSession): Promise<boolean> {
  if (JSON.stringify(session).length > SESSION_MAX_CHARS) {
    return false;
  }
  return item(tabId)
    .setValue(session)
    .then(
      () => true,
      () => false,
    );
}

export async function clearTabSession(tabId: number): Promise<void> {
  await Promise.all(
    [item(tabId), progressItem(tabId)].map((i) => i.removeValue().catch(() => undefined)),
  );
}

/** A session for a policy just read. */
export function newTabSession(
  pageUrl: string,
  source: PolicySource,
  result: DocumentAnalysis,
): TabSession {
  const { url, contentType, via } = source;
  const { changedSince, ...rest } = result;
  return {
    pageUrl,
    source: { url, contentType, via },
    result: { ...rest, ...(changedSince ? { changedSince } : {}) },
  };
}

/** A closed tab's session goes with it (the worker registers this in its first turn). */
export function registerTabSessionCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => void clearTabSession(tabId));
}

/** The tab's draft was marked as sent elsewhere (the dashboard): its popup refuses a second one. */
export async function markDraftSent(
  tabId: number,
  date: string,
  isThisDraft: (draft: Draft) => boolean,
): Promise<void> {
  const progress = TabProgress.safeParse(
    await progressItem(tabId)
      .getValue()
      .catch(() => null),
  );
  const draft = progress.success ? progress.data.draft : undefined;
  if (draft && !draft.sent && isThisDraft(draft)) {
    await saveTabProgress(tabId, {
      step: 'sent',
      draft: { ...draft, sent: { date, body: draft.body ?? '' } },
    });
  }
}
