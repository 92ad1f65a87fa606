import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing leaves the machine except the policy fetch the user asks for (README, privacy
 * promise). At the source level: the only network calls are in the policy-reading path. The
 * end-to-end proof is tests/e2e/network-audit.e2e.ts; this test catches a new call early.
 */
const ROOTS = ['entrypoints', 'lib', 'components'];
const NETWORK =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|new\s+Image\s*\(|importScripts|RTCPeerConnection|\bimport\s*\(\s*['"`]https?:/;
/** The policy-reading path (lib/app/read-policy.ts → fetch-policy.ts, fetch-in-page.ts). */
const ALLOWED = ['lib/app/fetch-in-page.ts', 'lib/app/read-policy.ts', 'lib/app/fetch-policy.ts'];
/**
 * Files that read a file of the extension's own package (a chrome-extension:// or
 * moz-extension:// URL from `runtime.getURL`), which is no network request: the background's
 * reminder notifications read the chosen language's shipped messages.json this way.
 */
const PACKAGE_ONLY = ['lib/app/shipped-messages.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('network calls in our sources', () => {
  const files = ROOTS.flatMap(sources);

  it('appear only in the policy-reading path', () => {
    const callers = files.filter((f) => NETWORK.test(readFileSync(f, 'utf8')));
    expect(callers.filter((f) => !ALLOWED.includes(f) && !PACKAGE_ONLY.includes(f))).toEqual([]);
  });

  it('in the package-only files, fetch only URLs of our own package', () => {
    for (const file of PACKAGE_ONLY) {
      const code = readFileSync(file, 'utf8');
      const fetched = [...code.matchAll(/\bfetch\s*\(\s*([^)]*)\)/g)].map((m) => m[1]);
      expect(fetched.length, file).toBeGreaterThan(0);
      for (const arg of fetched) {
        // The argument is a variable assigned once, from runtime.getURL, with a path of our own.
        expect(arg, file).toMatch(/^\w+$/);
        expect(code, file).toMatch(
          new RegExp(String.raw`const ${arg} = [^;]*runtime\.getURL[^;]*\(\s*\`/_locales/`),
        );
      }
      expect(code, file).not.toMatch(/https?:\/\//);
    }
  });

  it('the pattern itself catches each kind of call (self-test)', () => {
    for (const code of [
      'await fetch(url)',
      'new XMLHttpRequest()',
      'new WebSocket("wss://x")',
      'navigator.sendBeacon(u)',
      'new Image()',
      'import("https://cdn.example/x.js")',
    ]) {
      expect(NETWORK.test(code)).toBe(true);
    }
    expect(NETWORK.test('const fetched = await fetchPolicy(url, opts)')).toBe(false);
  });
});
