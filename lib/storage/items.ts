import { storage } from 'wxt/utils/storage';
import type { Profile } from '../rights-requests/schema';
import { analysisCacheV1ToV2 } from './migrations/analysis-cache-v1';
import { LEDGER_VERSION } from './migrations/version';
import type { UiLanguageChoice } from './ui-language';

/*
 * Every storage item of the extension, in one place (DESIGN.md, house style 6; issue 12): its area
 * (local: on disk; session: memory only, gone when the browser closes), key, version and
 * migrations. What a value must look like lives beside its readers (lib/storage/*.ts, lib/app/*.ts),
 * which validate on every read. ESLint refuses `storage` from wxt anywhere else.
 */

/** The request ledger `{ version, requests }` (ledger.ts reads and migrates it entry by entry). */
export const ledgerItem = storage.defineItem<unknown>('local:ledger', {
  version: 1,
  fallback: { version: LEDGER_VERSION, requests: [] },
});

/** Values that failed validation, set aside, never dropped (quarantine.ts). */
export const quarantineItem = storage.defineItem<unknown[]>('local:quarantine', {
  fallback: [],
  version: 1,
});

/** The user's own details for letters (profile.ts); never synced. */
export const profileItem = storage.defineItem<Profile>('local:profile', {
  version: 1,
  fallback: {},
});

/** The language of Rightful's own screens; 'auto' follows the browser (ui-language.ts). */
export const uiLanguageItem = storage.defineItem<UiLanguageChoice>('local:uiLanguage', {
  version: 1,
  fallback: 'auto',
});

/** Analysed policies by origin + path, without their text (lib/app/analysis-cache.ts). */
export const analysisCacheItem = storage.defineItem<unknown[]>('local:analysisCache', {
  fallback: [],
  version: 2,
  migrations: { 2: analysisCacheV1ToV2 },
});

/** Ids of the reminders already shown, each shown once (lib/app/notify.ts). */
export const notifiedItem = storage.defineItem<unknown>('local:notified', {
  version: 1,
  fallback: [],
});

/** Letters opened in a mail app, waiting for "I sent it" (lib/app/opened-drafts.ts). */
export const openedDraftsItem = storage.defineItem<unknown>('session:openedDrafts', {
  fallback: [],
});

/** The letter handed from the popup to the print page (lib/app/print-letter.ts). */
export const printLetterItem = storage.defineItem<unknown>('session:printLetter', {
  fallback: null,
});

/** One tab's read policy and analysis (lib/app/tab-session.ts); removed when the tab closes. */
export const tabSessionItem = (tabId: number) =>
  storage.defineItem<unknown>(`session:tab-${tabId}`, { fallback: null });

/** One tab's step and draft, stored apart: they change on every keystroke (tab-session.ts). */
export const tabProgressItem = (tabId: number) =>
  storage.defineItem<unknown>(`session:tab-${tabId}-progress`, { fallback: null });

/** Writes several items in one storage call, so that either all of them change or none does. */
export function setItemsTogether(
  values: Parameters<typeof storage.setItems>[0],
): ReturnType<typeof storage.setItems> {
  return storage.setItems(values);
}
