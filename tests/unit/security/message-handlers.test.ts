import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Guards the threat model (SECURITY.md, "messages"): Rightful has no runtime message handler.
 * A file that adds one (onMessage, onMessageExternal, onConnect, onConnectExternal,
 * window 'message' events) must call isOwnExtensionSender from lib/app/sender.ts.
 * The analysis worker's channel is not one: a dedicated worker's scope hears only the page that
 * started it, and that page listens on the Worker object it made (`worker.addEventListener`).
 */
const ROOTS = ['entrypoints', 'lib', 'components'];
const HANDLER =
  /\b(?:onMessage|onMessageExternal|onConnect|onConnectExternal)\b|(?<!\bworker\.)addEventListener\(\s*['"]message['"]/;
/** The dedicated worker's own scope (lib/app/analysis-worker.ts): only its page posts to it. */
const DEDICATED_WORKERS = [join('lib', 'app', 'analysis-worker.ts')];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sources(path);
    }
    return /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sources).filter(
  (f) => !f.endsWith('lib/app/sender.ts') && !DEDICATED_WORKERS.includes(f),
);

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
    expect(HANDLER.test("self.addEventListener('message', (e) => e)")).toBe(true);
    expect(HANDLER.test("worker.addEventListener('message', (e) => e)")).toBe(false);
  });
});
