import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionShortcut, openShortcutSettings } from '../../lib/app/shortcut';

type Command = { name?: string; shortcut?: string };
// The fake browser has no commands API: give it the answer a browser would.
const commandsAre = (commands: Command[] | Error) => {
  fakeBrowser.commands.getAll = vi.fn(() =>
    commands instanceof Error ? Promise.reject(commands) : Promise.resolve(commands),
  );
};

describe('actionShortcut', () => {
  it.each<[string, Command[] | Error, string | undefined]>([
    ['the suggested key', [{ name: '_execute_action', shortcut: 'Alt+Shift+D' }], 'Alt+Shift+D'],
    [
      'a key the user chose',
      [{ name: '_execute_action', shortcut: 'Ctrl+Shift+Y' }],
      'Ctrl+Shift+Y',
    ],
    ['none when the user removed it', [{ name: '_execute_action', shortcut: '' }], ''],
    ['none when the browser gave it no key', [{ name: '_execute_action' }], ''],
    ['the MV2 command name', [{ name: '_execute_browser_action', shortcut: 'Alt+R' }], 'Alt+R'],
    ['unknown without the command', [{ name: 'other', shortcut: 'Alt+O' }], undefined],
    ['unknown when the API fails', new Error('commands is not supported'), undefined],
  ])('%s', async (_, commands, expected) => {
    commandsAre(commands);
    expect(await actionShortcut()).toBe(expected);
  });
});

describe('openShortcutSettings', () => {
  it("uses Firefox's commands.openShortcutSettings when there is one", async () => {
    const open = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser.commands, { openShortcutSettings: open });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openShortcutSettings();
    expect(open).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
    delete (fakeBrowser.commands as { openShortcutSettings?: unknown }).openShortcutSettings;
  });

  it("opens Chromium's shortcuts page otherwise", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openShortcutSettings();
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
