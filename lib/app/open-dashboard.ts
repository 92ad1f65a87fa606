import { browser } from 'wxt/browser';

/** Opens the dashboard in a new tab (from the popup or a notification). */
export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
