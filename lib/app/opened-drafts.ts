import * as z from 'zod';
import { TrackedRequestFields, type TrackedRequest } from '../deadlines/schema';
import { markDraftSent } from './tab-session';
import { trackSentRequest, type SentRequest } from './ledger-service';
import type { Result } from '../shared/result';
import { openedDraftsItem } from '../storage/items';
import type { LedgerError } from '../storage/ledger';

/** How the letter left the popup: the mail app, a webmail, an .eml file (email ways only: the
 * ledger tracks a request by the address it went to). */
export const OpenedVia = z.enum(['mail-app', 'gmail', 'outlook', 'eml']);
export type OpenedVia = z.infer<typeof OpenedVia>;

/**
 * A request opened in a mail app and not yet marked as sent. Opening
 * Gmail closes the toolbar popup, so the dashboard offers "I sent it" for it too (issue 12).
 */
export const OpenedDraft = z.object({
  /** One per site, law and right: opening the same request again replaces it. */
  key: z.string(),
  /** The tab whose popup wrote it: its own "I sent it" is closed when the dashboard's is used. */
  tabId: z.number().int().optional(),
  /** The day it was opened (ISO). */
  opened: z.string(),
  via: OpenedVia,
  subject: z.string(),
  request: TrackedRequestFields.omit({ id: true, events: true, sentDate: true }),
});
export type OpenedDraft = z.infer<typeof OpenedDraft>;

/** Memory only (storage.session): the letter and the address are personal and short-lived. */
export { openedDraftsItem };

export const draftKey = (r: Pick<SentRequest, 'site' | 'law' | 'right'>): string =>
  `${r.site}|${r.law}|${r.right}`;

/** The drafts waiting for "I sent it"; damaged entries are dropped (a cache of a click, no more). */
export async function readOpenedDrafts(): Promise<OpenedDraft[]> {
  const raw = await openedDraftsItem.getValue().catch(() => []);
  const parsed = z.array(z.unknown()).safeParse(raw);
  return (parsed.success ? parsed.data : []).flatMap((entry) => {
    const draft = OpenedDraft.safeParse(entry);
    return draft.success ? [draft.data] : [];
  });
}

/** Remembers it (validated: only the schema's fields are kept), replacing the same request's. */
export async function rememberOpenedDraft(draft: OpenedDraft): Promise<void> {
  const parsed = OpenedDraft.safeParse(draft);
  if (!parsed.success) {
    return;
  }
  const others = (await readOpenedDrafts()).filter((d) => d.key !== parsed.data.key);
  await openedDraftsItem.setValue([...others, parsed.data]).catch(() => undefined);
}

export async function forgetOpenedDraft(key: string): Promise<void> {
  const kept = (await readOpenedDrafts()).filter((d) => d.key !== key);
  await openedDraftsItem.setValue(kept).catch(() => undefined);
}

/**
 * "I sent it" from the dashboard: tracked once (the draft is forgotten before the ledger write,
 * so a second click finds nothing), and the popup of its tab shows it as sent.
 */
export function confirmOpenedDraft(
  key: string,
  sentDate: string,
): Promise<Result<TrackedRequest, LedgerError | 'gone'>> {
  // One at a time: a double click reads the draft only after the first click has forgotten it.
  const next = confirming.then(() => confirmNow(key, sentDate));
  confirming = next.then(
    () => undefined,
    () => undefined,
  );
  return next;
}

let confirming: Promise<void> = Promise.resolve();

async function confirmNow(
  key: string,
  sentDate: string,
): Promise<Result<TrackedRequest, LedgerError | 'gone'>> {
  const draft = (await readOpenedDrafts()).find((d) => d.key === key);
  if (!draft) {
    return { ok: false, error: 'gone' };
  }
  await forgetOpenedDraft(key);
  const tracked = await trackSentRequest({ ...draft.request, sentDate });
  if (tracked.ok && draft.tabId !== undefined) {
    const { law, right } = draft.request;
    await markDraftSent(draft.tabId, sentDate, (d) => d.law === law && d.right === right);
  }
  return tracked;
}
