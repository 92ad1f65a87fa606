import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The permissions budget (PERMISSIONS.md), asserted on the production builds in .output/.
const read = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const chrome = read('.output/chrome-mv3');
const firefox = read('.output/firefox-mv3');

describe('production manifest (Chrome MV3)', () => {
  it('asks at install for exactly storage, activeTab, scripting and alarms', () => {
    expect([...(chrome.permissions as string[])].sort()).toEqual([
      'activeTab',
      'alarms',
      'scripting',
      'storage',
    ]);
  });

  it('has no host permission and no static content script', () => {
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(chrome.content_scripts ?? []).toEqual([]);
  });

  it('asks for notifications and per-origin host access only as optional permissions', () => {
    expect(chrome.optional_permissions).toEqual(['notifications']);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('allows no remote or evaluated code in extension pages', () => {
    const csp = (chrome.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('ships the UI in the eight languages, English by default', () => {
    expect(chrome.default_locale).toBe('en');
    expect(readdirSync('.output/chrome-mv3/_locales').sort()).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'it',
      'nl',
      'pl',
      'pt_BR',
      'pt_PT',
    ]);
  });
});

describe('production manifest (Firefox)', () => {
  it('declares that no data is collected', () => {
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks at install for the same four permissions and no host', () => {
    expect([...(firefox.permissions as string[])].sort()).toEqual([
      'activeTab',
      'alarms',
      'scripting',
      'storage',
    ]);
  });
});

describe('e2e build', () => {
  // Never skipped: a check that passes without its build checks nothing (issue 10, "Also").
  // scripts/check.sh runs this file after the e2e suite, which builds .output-e2e.
  it('is the only build that may reach 127.0.0.1 without a click', () => {
    expect(
      existsSync('.output-e2e/chrome-mv3/manifest.json'),
      'no e2e build: run `npm run build:e2e` (npm run check does, through npm run test:e2e)',
    ).toBe(true);
    expect(read('.output-e2e/chrome-mv3').host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
