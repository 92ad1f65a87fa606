import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite } from '../../../demo-site/server';
import {
  launchFirefox,
  navigate,
  openFirefoxPopupFor,
  puppeteerUi,
  type FirefoxSession,
} from '../support/firefox';
import { hostOf, startProxy, type Seen } from '../support/proxy';

/**
 * The network audit of tests/e2e/network-audit.e2e.ts, in Firefox: every request Firefox makes —
 * pages, extension pages, the event page, loopback included (allow_hijacking_localhost) — goes
 * through a logging proxy. What Firefox lets us observe: requests over HTTP(S) that honour the
 * proxy prefs, which is all of a WebExtension's fetches and a page's loads.
 */
/**
 * Firefox's own traffic, whatever the extensions do: Remote Settings and other Mozilla services
 * (over CONNECT, refused by the proxy), and the favicon it asks of every page. Listed so the
 * audit can tell it apart; Rightful's only network calls are in its policy-reading path
 * (tests/unit/security/network-calls.test.ts).
 */
const MOZILLA = /(?:^|\.)(?:mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;
const BROWSER_OWN = (seen: Seen) => MOZILLA.test(hostOf(seen)) || seen.url.endsWith('/favicon.ico');

describe('Firefox network audit: Rightful requests only the policy the user asked for', () => {
  let site: DemoSite;
  let proxy: Server;
  let session: FirefoxSession;
  const log: Seen[] = [];

  before(async () => {
    site = await startDemoSite();
    proxy = await startProxy(log);
    const port = (proxy.address() as AddressInfo).port;
    session = await launchFirefox({
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.no_proxies_on': '',
        // Firefox never proxies loopback unless told to.
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
  });
  after(async () => {
    await session?.close();
    await new Promise((resolve) => proxy?.close(resolve));
    await site?.close();
  });

  /** Requests logged while `action` runs (after the network has settled), the browser's own out. */
  async function during(action: () => Promise<void>): Promise<Seen[]> {
    const start = log.length;
    await action();
    await new Promise((resolve) => setTimeout(resolve, 750));
    return log.slice(start).filter((seen) => !BROWSER_OWN(seen));
  }

  async function popupFor(url: string): Promise<Page> {
    let popup: Page | undefined;
    const seen = await during(async () => {
      popup = (await openFirefoxPopupFor(session, url)).popup;
      await puppeteerUi(popup, session).waitFor('button', 'Read this policy');
    });
    // The test's own navigation only: the page and its stylesheet.
    for (const s of seen) {
      assert.equal(new URL(s.url).origin, new URL(url).origin, `opening: ${s.method} ${s.url}`);
    }
    return popup as Page;
  }

  it('the proxy sees the test pages (the audit is live)', async () => {
    const seen = await during(async () => {
      await (await session.newPage()).goto(`${site.origin}/shop/`);
    });
    assert.ok(
      seen.some((s) => s.url === `${site.origin}/shop/`),
      seen.map((s) => s.url).join('\n'),
    );
  });

  it('same origin: one GET of the chosen policy, from the page, to the origin shown', async () => {
    const popup = puppeteerUi(await popupFor(`${site.origin}/shop/`), session);
    const read = await during(async () => {
      await popup.click('button', 'Read this policy');
      await popup.waitForText(`Fetched from ${site.origin} at your request.`);
    });
    assert.deepEqual(
      read.map((r) => `${r.method} ${r.url}`),
      [`GET ${site.origin}/shop/privacy-policy`],
    );
    assert.ok(read[0]?.from.startsWith(`${site.origin}/`), `from ${read[0]?.from}`);
  });

  it('other origin: one GET of the chosen policy, without cookies, to the origin shown', async () => {
    const popup = puppeteerUi(await popupFor(`${site.origin}/books/`), session);
    const read = await during(async () => {
      await popup.click('button', 'Read this policy');
      await popup.waitForText(`Fetched from ${site.otherOrigin} with your permission.`);
    });
    assert.deepEqual(
      read.map((r) => `${r.method} ${r.url}`),
      [`GET ${site.otherOrigin}/northwind/privacy-notice`],
    );
    assert.equal(read[0]?.cookie, false, 'no cookie sent to the other origin');
  });

  it('the dashboard requests nothing', async () => {
    const seen = await during(async () => {
      const dashboard = await session.newPage();
      await navigate(dashboard, `${session.extensionOrigin}/dashboard.html`);
      await puppeteerUi(dashboard, session).waitFor('heading', 'Export and import');
    });
    assert.deepEqual(seen, []);
  });

  it('over the whole run: zero requests anywhere but the test site', () => {
    const elsewhere = log.filter((r) => !BROWSER_OWN(r) && hostOf(r) !== '127.0.0.1');
    assert.deepEqual(elsewhere, [], 'no request left for any other host');
    const own = log.filter((r) => MOZILLA.test(hostOf(r))).map((r) => hostOf(r));
    process.stdout.write(
      `# firefox audit: ${log.length} requests through the proxy; Firefox's own: ${own.length} (${[...new Set(own)].join(', ') || 'none'})\n`,
    );
  });
});
