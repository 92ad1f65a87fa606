import { browser } from 'wxt/browser';

export interface TargetTab {
  tabId: number;
  url?: string;
}

/**
 * The tab the popup works on: `?tab=<id>` when the popup page is opened in a tab of its own
 * (keyboard users, tests), otherwise the active tab of the current window.
 */
export async function resolveTargetTab(search: string): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tabId = Number(param);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { tabId: tab.id, url: tab.url };
}
