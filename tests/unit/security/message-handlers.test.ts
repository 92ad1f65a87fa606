import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards the threat model (SECURITY.md, "messages"): Rightful has no runtime message handler.
 * A file that adds one (onMessage, onMessageExternal, onConnect, onConnectExternal,
 * window 'message' events) must call isOwnExtensionSender from lib/app/sender.ts.
 */
const ROOTS = ['entrypoints', 'lib', 'components'];
const HANDLER =
  /\b(?:onMessage|onMessageExternal|onConnect|onConnectExternal)\b|addEventListener\(\s*['"]message['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sources(path);
    }
    return /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sources).filter((f) => !f.endsWith('lib/app/sender.ts'));

describe('runtime message handlers', () => {
  it('finds the source files it guards', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(join('entrypoints', 'background.ts'));
  });

  it('every file that listens for messages checks the sender first', () => {
    const unchecked = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return HANDLER.test(text) && !text.includes('isOwnExtensionSender(');
    });
    expect(unchecked).toEqual([]);
  });

  it('the check itself would catch a handler (self-test on a made-up source)', () => {
    expect(HANDLER.test('browser.runtime.onMessage.addListener((m) => m)')).toBe(true);
    expect(HANDLER.test("window.addEventListener('message', (e) => e)")).toBe(true);
    expect(HANDLER.test('const x = messages.length')).toBe(false);
  });
});
