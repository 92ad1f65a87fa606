import { browser } from 'wxt/browser';
import { textFragmentUrl } from '../policy-text/text-fragment';
import { download } from './download';

/**
 * "Show in page": scrolls to and highlights the sentence in the policy's tab — the current tab
 * when the policy is the page the user is on, a new tab otherwise. tabs.update/create with a URL
 * need no "tabs" permission.
 */
export async function showInPage(
  policyUrl: string,
  sentence: string,
  current?: { tabId: number; url?: string },
): Promise<void> {
  const url = textFragmentUrl(policyUrl, sentence);
  const sameDocument = current?.url?.replace(/#.*$/, '') === policyUrl.replace(/#.*$/, '');
  if (current && sameDocument) {
    await browser.tabs.update(current.tabId, { url, active: true });
  } else {
    await browser.tabs.create({ url });
  }
}

/** Copies text for the user's mail program; reports failure instead of throwing. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves an .eml file through an ordinary download link (no downloads permission). */
export function saveEml(file: { filename: string; content: string }): void {
  download(file.filename, file.content, 'message/rfc822');
}
