import { browser } from 'wxt/browser';
import { PageScan } from '../policy-detection/schema';
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
 * Scans a tab with the runtime-registered content script (entrypoints/scan.content.ts) and
 * validates what comes back: a page could tamper with the content script's world, so its
 * result is untrusted data like any other page input.
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
  const parsed = PageScan.safeParse(results[0]?.result);
  return parsed.success
    ? ok(parsed.data)
    : err({ kind: 'invalid-result', message: parsed.error.message.slice(0, 200) });
}
