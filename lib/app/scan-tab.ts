import { browser } from 'wxt/browser';
import { type PageScan, ScannedPage } from '../policy-detection/schema';
import { err, ok, type Result } from '../shared/result';

export type ScanError =
  | { kind: 'restricted'; url?: string }
  | { kind: 'no-access'; message: string }
  | { kind: 'invalid-result'; message: string };

/** Pages no extension may script: browser UI, stores, other extensions (Chrome and Firefox). */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) {
    return false;
  }
  return (
    !/^https?:/i.test(url) ||
    /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//i.test(
      url,
    )
  );
}

/**
 * Scans a tab with the unlisted script injected on the user's click (entrypoints/scan.ts) and
 * validates what comes back: a page could tamper with the content script's world, so its
 * result is untrusted data like any other page input. Then finishes it here (the addresses'
 * roles, see finishScan).
 */
export async function scanTab(tabId: number, url?: string): Promise<Result<PageScan, ScanError>> {
  if (isRestrictedUrl(url)) {
    return err({ kind: 'restricted', url });
  }
  let results;
  try {
    results = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/scan.js'],
    });
  } catch (error) {
    return err({
      kind: 'no-access',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = ScannedPage.safeParse(results[0]?.result);
  if (!parsed.success) {
    return err({ kind: 'invalid-result', message: parsed.error.message.slice(0, 200) });
  }
  // Loaded here, not with the popup: the role rules are not needed before its first paint
  // (weight budget, tests/manifest/weight.test.ts).
  const { finishScan } = await import('../policy-detection/finish-scan');
  return ok(finishScan(parsed.data));
}
