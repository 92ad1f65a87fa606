import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite } from '../../../demo-site/server';
import type { Driver, Role, UiPage } from './driver';
import { screenshotPath } from './screenshots';

/** Debian's firefox-esr (apt-get install firefox-esr); puppeteer-core never downloads a browser. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output-e2e/firefox-mv3');

export interface FirefoxSession {
  browser: Browser;
  /** The extension's moz-extension:// origin (its UUID is fixed by a pref at launch). */
  extensionOrigin: string;
  /** An extension page kept open to ask the extension API (tabs, alarms, storage) things. */
  helper: Page;
  /** Where Firefox saves downloads, without asking. */
  downloads: string;
  /** Every request the test's pages made (WebDriver BiDi network events). */
  requests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Navigates to a moz-extension:// page. page.goto() never sees the load event of an extension
 * page (https://bugzil.la/1755014), so this asks WebDriver BiDi directly to wait for readyState
 * "complete". browsingContext is puppeteer-core's own (hence the pinned version).
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'complete');
}

/** Launches Firefox ESR headless with the e2e build installed as a temporary add-on. */
export async function launchFirefox(
  opts: { prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const manifest = JSON.parse(
    readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'),
  ) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'rightful-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it, WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // permissions.request() grants at once instead of showing a doorhanger no test can answer.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${uuid}`;
  const requests: string[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => void requests.push(request.url()));
    return page;
  };
  const helper = (await browser.pages())[0] ?? (await newPage());
  await navigate(helper, `${extensionOrigin}/dashboard.html`);
  return {
    browser,
    extensionOrigin,
    helper,
    downloads,
    requests,
    newPage,
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `fn` in the helper extension page, where `browser` is the WebExtension API. `fn` is sent
 * as source (like any page.evaluate), so it may use nothing but its arguments.
 */
export async function inExtension<T, A>(
  session: FirefoxSession,
  fn: (api: ExtensionApi, arg: A) => Promise<T>,
  arg: A,
): Promise<T> {
  return (await session.helper.evaluate(
    `(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg)})`,
  )) as T;
}

/** The parts of the WebExtension API the tests ask about (Firefox's native `browser`). */
export interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  action: { getBadgeText(d: object): Promise<string> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: {
    getManifest(): { background?: { scripts?: string[]; service_worker?: string } };
    getBackgroundPage(): Promise<{ location: { href: string } } | null>;
  };
  storage: { session?: { set(v: object): Promise<void>; get(k: string): Promise<object> } };
}

/** Opens `url` in a tab, then the popup page in a tab of its own pointed at it (?tab=<id>). */
export async function openFirefoxPopupFor(
  session: FirefoxSession,
  url: string,
): Promise<{ site: Page; popup: Page }> {
  const site = await session.newPage();
  await site.goto(url);
  // The e2e build may see 127.0.0.1, so tabs.query shows the tab's URL.
  const tabId = await inExtension(
    session,
    async (api, target) => (await api.tabs.query({})).find((t) => t.url === target)?.id ?? -1,
    site.url(),
  );
  if (tabId < 0) {
    throw new Error(`no tab shows ${url}`);
  }
  const popup = await session.newPage();
  await popup.setViewport({ width: 420, height: 640 });
  await navigate(popup, `${session.extensionOrigin}/popup.html?tab=${tabId}`);
  return { site, popup };
}

/** An ARIA query: role and exact accessible name (puppeteer's ::-p-aria, over BiDi in Firefox). */
const aria = (role: Role, name: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

/** The form control whose <label> (or aria-label) reads exactly `label`. */
async function field(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  // No named inner functions: tsx would wrap them in a __name() helper the page does not have.
  const handle = await page.waitForFunction(
    (wanted: string) => {
      for (const el of document.querySelectorAll<HTMLInputElement>('input, textarea, select')) {
        const names = [...(el.labels ?? [])].map((l) => l.textContent ?? '');
        names.push(el.getAttribute('aria-label') ?? '');
        if (names.some((n) => n.replace(/\s+/g, ' ').trim() === wanted)) {
          return el;
        }
      }
      return null;
    },
    {},
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** Waits for a file to appear, complete, in `dir` (Firefox writes `name.part` first). */
async function newFileIn(dir: string, before: Set<string>): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const done = readdirSync(dir).filter((f) => !before.has(f) && !f.endsWith('.part'));
    const parts = readdirSync(dir).filter((f) => f.endsWith('.part'));
    if (done.length > 0 && parts.length === 0) {
      return done[0] as string;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download appeared in ${dir}`);
}

/** The journeys' view of a puppeteer page (Firefox). */
export function puppeteerUi(page: Page, session: FirefoxSession): UiPage {
  const element = (role: Role, name: string) =>
    page.waitForSelector(aria(role, name)) as Promise<ElementHandle<Element>>;
  return {
    waitForText: async (text) => {
      const [source, flags] =
        typeof text === 'string' ? [text, null] : [text.source, text.flags.replace('g', '')];
      await page.waitForFunction(
        (s: string, f: string | null) => {
          const body = document.body?.innerText ?? '';
          return f === null ? body.includes(s) : new RegExp(s, f).test(body);
        },
        {},
        source,
        flags,
      );
    },
    text: () => page.evaluate(() => document.body.innerText),
    waitFor: async (role, name) => {
      await element(role, name);
    },
    click: (role, name) => page.locator(aria(role, name)).click(),
    clickText: (text) => page.locator(`::-p-text(${JSON.stringify(text)})`).click(),
    isChecked: async (role, name) =>
      (await element(role, name)).evaluate((el) => (el as HTMLInputElement).checked === true),
    attribute: async (role, name, attribute) =>
      (await element(role, name)).evaluate((el, a) => el.getAttribute(a), attribute),
    value: async (label) => (await field(page, label)).evaluate((el) => el.value),
    fill: async (label, value) => {
      await (await field(page, label)).asLocator().fill(value);
    },
    upload: async (label, file) => {
      const path = join(session.downloads, `upload-${Date.now()}-${file.name}`);
      writeFileSync(path, file.content);
      await (await field(page, label)).uploadFile(path);
    },
    download: async (role, name) => {
      const before = new Set(readdirSync(session.downloads));
      await page.locator(aria(role, name)).click();
      const file = await newFileIn(session.downloads, before);
      return { name: file, content: readFileSync(join(session.downloads, file), 'utf8') };
    },
    screenshot: async (name, options) => {
      await page.screenshot({
        path: screenshotPath(`firefox-${name}`),
        fullPage: options?.fullPage ?? false,
      });
    },
  };
}

/** A Driver over a Firefox session and the demo site. */
export function firefoxDriver(demo: {
  readonly site: DemoSite;
  readonly session: FirefoxSession;
}): Driver {
  return {
    browserName: 'firefox',
    get origin() {
      return demo.site.origin;
    },
    get otherOrigin() {
      return demo.site.otherOrigin;
    },
    openPopupFor: async (url) =>
      puppeteerUi((await openFirefoxPopupFor(demo.session, url)).popup, demo.session),
    openDashboard: async () => {
      const page = await demo.session.newPage();
      await navigate(page, `${demo.session.extensionOrigin}/dashboard.html`);
      return puppeteerUi(page, demo.session);
    },
    requests: () => demo.session.requests,
  };
}

/**
 * The demo site and a Firefox with the extension, started before a file's tests and closed after
 * them: one browser per file keeps the suite quick on a busy machine.
 */
export function useFirefoxDemo(
  opts: { site?: Parameters<typeof startDemoSite>[0]; prefs?: Record<string, unknown> } = {},
): { readonly site: DemoSite; readonly session: FirefoxSession; readonly driver: Driver } {
  const demo = {} as { site: DemoSite; session: FirefoxSession; driver: Driver };
  before(async () => {
    demo.site = await startDemoSite(opts.site);
    demo.session = await launchFirefox({ prefs: opts.prefs });
    demo.driver = firefoxDriver(demo);
  });
  after(async () => {
    await demo.session?.close();
    await demo.site?.close();
  });
  return demo;
}
