import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  inExtension,
  openFirefoxPopupFor,
  puppeteerUi,
  useFirefoxDemo,
  type ExtensionApi,
} from '../support/firefox';
import { overdueOffersFollowUpAndComplaint } from '../support/journeys';

// Where Firefox differs from Chromium: the background is an event page, host permissions are
// granted on a click without a prompt only in tests (extensions.webextOptionalPermissionPrompts),
// match patterns take no port, text fragments arrived in Firefox 131.
describe('Firefox: where it differs from Chromium', () => {
  const demo = useFirefoxDemo();

  it('runs the background as an event page (scripts), not a service worker', async () => {
    const background = await inExtension(
      demo.session,
      async (api) => ({
        manifest: api.runtime.getManifest().background ?? {},
        page: (await api.runtime.getBackgroundPage())?.location.href ?? '',
      }),
      null,
    );
    // Firefox's getManifest() gives the script as a full moz-extension:// URL.
    assert.deepEqual(background.manifest.scripts, [
      `${demo.session.extensionOrigin}/background.js`,
    ]);
    assert.equal(background.manifest.service_worker ?? null, null, 'no service worker');
    assert.ok(
      background.page.startsWith(`${demo.session.extensionOrigin}/`),
      `background page: ${background.page}`,
    );
  });

  it('has storage.session, promise-based, memory only', async () => {
    const stored = await inExtension(
      demo.session,
      async (api) => {
        if (!api.storage.session) {
          return 'no storage.session';
        }
        await api.storage.session.set({ probe: 'kept for this session' });
        return JSON.stringify(await api.storage.session.get('probe'));
      },
      null,
    );
    assert.equal(stored, '{"probe":"kept for this session"}');
  });

  it('the event page wakes on a ledger change: badge and alarms follow an imported request', async () => {
    await overdueOffersFollowUpAndComplaint(demo.driver);
    // The badge counts overdue requests; the daily alarm is (re)made by the same listener.
    await demo.session.helper.waitForFunction(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const [badge, alarms] = await Promise.all([api.action.getBadgeText({}), api.alarms.getAll()]);
      return badge === '1' && alarms.some((a) => a.name === 'rightful-daily');
    });
  });

  it('asks before reading a policy on another origin, reads it after a trusted click on Allow', async () => {
    const origin = demo.site.otherOrigin.replace('127.0.0.1', 'localhost');
    const popup = await demo.driver.openPopupFor(`${demo.site.origin}/books-elsewhere/`);
    await popup.click('button', 'Read this policy');
    await popup.waitForText(`This policy is on another site, ${origin}.`);
    assert.deepEqual(
      demo.session.requests.filter((url) => url.startsWith(origin)),
      [],
      'nothing fetched before the grant',
    );

    // A real click: permissions.request() is refused without user input.
    await popup.click('button', `Allow reading ${origin}`);

    await popup.waitForText(`Fetched from ${origin} with your permission.`);
    await popup.waitForText(/Best address for your request\s+privacy@northwind-books\.example/);
    const granted = await inExtension(
      demo.session,
      async (api, o) => api.permissions.contains({ origins: [`${o}/*`] }),
      'http://localhost',
    );
    assert.equal(granted, true, 'the one host, without its port (Firefox match patterns)');
  });

  it('"Show in page" scrolls the policy tab to the sentence (text fragments, Firefox 131+)', async () => {
    const { site, popup } = await openFirefoxPopupFor(
      demo.session,
      `${demo.site.origin}/shop/privacy-policy`,
    );
    const ui = puppeteerUi(popup, demo.session);
    assert.equal(await site.evaluate(() => window.scrollY), 0);

    await ui.click('button', 'Quote');
    await ui.click('button', 'Show in page');

    // Firefox supports the fragment: no fallback needed, the page scrolls to the sentence.
    await site.waitForFunction(() => window.scrollY > 0);
    const urls = await inExtension(
      demo.session,
      async (api) => (await api.tabs.query({})).map((t) => t.url ?? ''),
      null,
    );
    assert.ok(
      urls.some((u) => u.startsWith(`${demo.site.origin}/shop/privacy-policy#:~:text=`)),
      urls.join('\n'),
    );
  });
});
