import { browser } from 'wxt/browser';

/**
 * The key that opens the popup, as the browser has it now (the user may have changed or removed
 * the suggested Alt+Shift+D): '' when none is assigned, undefined when the browser cannot say
 * (no commands API, e.g. Firefox for Android).
 */
export async function actionShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    // MV3 names the popup command _execute_action; MV2 builds used _execute_browser_action.
    const open = commands.find(
      (c) => c.name === '_execute_action' || c.name === '_execute_browser_action',
    );
    return open ? (open.shortcut ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the browser's own shortcut settings, where the key can be changed: Firefox 137+ has
 * commands.openShortcutSettings(); Chromium browsers list every extension's keys at
 * chrome://extensions/shortcuts (an extension may open chrome:// pages with tabs.create).
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
