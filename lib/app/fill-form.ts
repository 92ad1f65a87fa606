import { browser } from 'wxt/browser';
import { FillReport, type FillPayload } from '../directory/fill-schema';
import { err, ok, type Result } from '../shared/result';
import { isRestrictedUrl } from './scan-tab';

export type FillError = 'restricted' | 'no-access' | 'invalid-result';

/** Runs in the page's isolated world: keeps the letter for entrypoints/fill-form.ts. */
function handOver(payload: FillPayload): void {
  (globalThis as Record<string, unknown>).__rightfulFillPayload = payload;
}

/**
 * "Fill the form on this page" (issue 14): on the user's click only, through activeTab and
 * scripting, the two permissions the scanner already uses (PERMISSIONS.md). Fills, never submits.
 */
export async function fillFormInTab(
  tab: { tabId: number; url?: string | undefined } | undefined,
  payload: FillPayload,
): Promise<Result<FillReport, FillError>> {
  if (!tab || isRestrictedUrl(tab.url)) {
    return err('restricted');
  }
  let results;
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.tabId },
      func: handOver,
      args: [payload],
    });
    results = await browser.scripting.executeScript({
      target: { tabId: tab.tabId },
      files: ['/fill-form.js'],
    });
  } catch {
    return err('no-access');
  }
  // The page could tamper with what comes back: checked like any page input.
  const parsed = FillReport.safeParse(results[0]?.result);
  return parsed.success ? ok(parsed.data) : err('invalid-result');
}
