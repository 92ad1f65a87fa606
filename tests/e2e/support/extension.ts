import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startDemoSite, type DemoSite } from '../../../demo-site/server';

/** Debian's Chromium (apt-get install chromium); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output-e2e/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser made, for the network audit. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The id Chromium gives an unpacked extension without a manifest `key`: the SHA-256 of its
 * absolute path, the first 32 hex digits written with the letters a–p
 * (components/crx_file/id_util.cc, GenerateIdForPath).
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Launches Chromium with the e2e build of the extension loaded, in a fresh profile. `args` adds
 * flags (e.g. `--lang=pl`); `extensionDir` loads another copy of the build (the pseudo-locale).
 * `pinned` puts the Rightful button on the toolbar: Chromium has no flag or API for it, but the
 * fresh profile can start with the preference the puzzle menu's pin writes
 * (`extensions.pinned_extensions`).
 */
export async function launchWithExtension(
  opts: { headless?: boolean; args?: string[]; extensionDir?: string; pinned?: boolean } = {},
): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'rightful-e2e-'));
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (opts.pinned) {
    const pinned = { extensions: { pinned_extensions: [unpackedExtensionId(dir)] } };
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(pinned));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.args ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked of the extension itself (the e2e build may see 127.0.0.1). */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  // Runs in the service worker, where `chrome` is the extension API.
  const id = await session.worker.evaluate(async (target: string) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
  if (id < 0) {
    throw new Error(`no tab shows ${url}`);
  }
  return id;
}

/** Opens `url` in a tab, then the popup page in a tab of its own pointed at it (?tab=<id>). */
export async function openPopupFor(
  session: ExtensionSession,
  url: string,
): Promise<{ site: Page; popup: Page }> {
  const site = await session.context.newPage();
  await site.goto(url);
  const tabId = await tabIdOf(session, site.url());
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return { site, popup };
}

/**
 * The demo site and a Chromium with the extension, started before a suite's tests and closed
 * after them. Read `demo.site` and `demo.session` inside the tests.
 */
export function useDemoSession(): { readonly site: DemoSite; readonly session: ExtensionSession } {
  const demo = {} as { site: DemoSite; session: ExtensionSession };
  before(async () => {
    demo.site = await startDemoSite();
    demo.session = await launchWithExtension();
  });
  after(async () => {
    await demo.session?.close();
    await demo.site?.close();
  });
  return demo;
}
