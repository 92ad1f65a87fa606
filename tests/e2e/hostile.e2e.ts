import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  BEACON,
  DEEP_ELEMENTS,
  HOSTILE_ROUTES,
  endHangingResponses,
} from '../../demo-site/hostile/routes';
import { startDemoSite, type DemoSite } from '../../demo-site/server';
import { TrackedRequest } from '../../lib/deadlines/schema';
import { trackedRequest } from '../fixtures/tracked-requests';
import {
  launchWithExtension,
  openPopupFor,
  tabIdOf,
  type ExtensionSession,
} from './support/extension';

/**
 * Issue 7, end to end: hostile pages of demo-site/hostile against the real extension in Chromium.
 * Any request to the beacon means markup from a page ran or rendered inside Rightful.
 */
const READ = 'Read this policy';

describe('hostile pages', () => {
  let site: DemoSite;
  let session: ExtensionSession;
  const beaconHits = () => session.requests.filter((url) => url.includes(BEACON));

  before(async () => {
    site = await startDemoSite({ extraRoutes: HOSTILE_ROUTES });
    session = await launchWithExtension();
  });
  after(async () => {
    endHangingResponses();
    await session?.close();
    await site?.close();
  });

  /** Opens the popup for a tab already showing a page (after the page has done its own work). */
  async function popupForOpenPage(page: Page): Promise<Page> {
    const tabId = await tabIdOf(session, page.url());
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  async function nothingRan(popup: Page): Promise<void> {
    await popup.waitForTimeout(500);
    assert.deepEqual(beaconHits(), [], 'no markup of the page ran or loaded anything');
    const marker = await popup.evaluate(
      () => (window as unknown as { __rightfulPwned?: string }).__rightfulPwned,
    );
    assert.equal(marker, undefined);
    assert.equal(await popup.locator('img, iframe, svg script, form[action]').count(), 0);
  }

  it('a policy full of scripts, handlers and javascript: links: nothing runs, markup shows as text', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/xss/`);
    // The link's text holds an <img> tag: the picker shows it literally.
    await popup
      .getByText(`<img src="${site.origin}${BEACON}?via=link-text">`, { exact: false })
      .first()
      .waitFor();

    await popup.getByRole('button', { name: READ }).click();

    await popup.getByText(`Fetched from ${site.origin} at your request.`).waitFor();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'dpo@hostile-shop.example',
    );
    const evidence = (await popup.locator('.best-contact .evidence').textContent()) ?? '';
    // The sentence may end at the "?" of the URL (sentence segmentation); what matters is that
    // the tag is there as text.
    assert.ok(
      evidence.includes(`<img src="${site.origin}${BEACON}`),
      `literal markup in: ${evidence}`,
    );
    assert.equal(
      await popup.getByText('evil@attacker.example').count(),
      0,
      'a mailto bcc is no contact',
    );
    await nothingRan(popup);
  });

  it('hostile text in the ledger shows literally on the dashboard', async () => {
    const beacon = `${site.origin}${BEACON}`;
    const request = TrackedRequest.parse(
      trackedRequest({
        id: 'hostile-1',
        controller: `<img src="${beacon}?via=dashboard-controller"> Evil SAS`,
        notes: `<script>fetch("${beacon}?via=dashboard-notes")</script>`,
      }),
    );
    await session.worker.evaluate(async (value) => {
      const api = (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        }
      ).chrome;
      await api.storage.local.set({ ledger: { version: 1, requests: [value] }, ledger$: { v: 1 } });
    }, request);
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);

    await dashboard
      .getByText(`<img src="${beacon}?via=dashboard-controller"> Evil SAS`, { exact: false })
      .first()
      .waitFor();
    await nothingRan(dashboard);
  });

  // SECURITY.md, finding 5: zod probes `new Function("")` when its schemas are built; the CSP
  // blocks it (nothing is evaluated) but each extension page reports a CSP violation.
  it('the popup and dashboard trigger no CSP violation', async () => {
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const { popup } = await openPopupFor(session, `${site.origin}/shop/`);
    await popup.getByRole('button', { name: READ }).click();
    await popup.getByText(`Fetched from ${site.origin} at your request.`).waitFor();
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await dashboard.locator('main').first().waitFor();
    for (const page of [popup, dashboard]) {
      const seen = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations,
      );
      assert.deepEqual(seen, []);
    }
  });

  it('a 20 MB policy: a clear "too large" message', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/huge/`);
    await popup.getByRole('button', { name: READ }).click();
    await popup
      .getByText('This page is larger than 5 MB', { exact: false })
      .waitFor({ timeout: 30_000 });
  });

  it('a 20 MB policy open in the tab: read from the page, capped, in bounded time', async () => {
    const page = await session.context.newPage();
    // A 20 MB page takes the browser itself a while to load on a busy machine; the bound this test
    // checks is ours (the text is capped), so only a generous timeout bounds the wait.
    await page.goto(`${site.origin}/hostile/huge/privacy-policy`, { timeout: 180_000 });
    const start = Date.now();
    const popup = await popupForOpenPage(page);
    await popup.getByText('Read from this page.').waitFor({ timeout: 120_000 });
    const ms = Date.now() - start;
    process.stdout.write(`# 20 MB policy in the tab: popup read it in ${ms} ms\n`);
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'privacy@huge-shop.example',
    );
  });

  it(`a page with ${DEEP_ELEMENTS.toLocaleString('en')} nested elements: a bounded scan, the page stays responsive`, async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.origin}/hostile/deep/`, { timeout: 120_000 });
    await page.waitForFunction(
      (total) => document.body.dataset.elements === String(total),
      DEEP_ELEMENTS,
      { timeout: 120_000 },
    );
    const start = Date.now();
    const popup = await popupForOpenPage(page);
    // Bounded: the scan finishes (timings are printed, not asserted — tests check behaviour;
    // npm run bench measures speed) and leaves the page working.
    await popup.getByRole('button', { name: READ }).waitFor({ timeout: 120_000 });
    const scanMs = Date.now() - start;
    assert.equal(await page.evaluate(() => document.title), 'Deep page');
    process.stdout.write(`# deep page: popup ready in ${scanMs} ms\n`);
  });

  it('a redirect loop: says so, does not hang', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/loop/`);
    await popup.getByRole('button', { name: READ }).click();
    await popup.getByRole('alert').waitFor({ timeout: 20_000 });
    const text = await popup.getByRole('alert').textContent();
    process.stdout.write(`# redirect loop: ${text}\n`);
    assert.match(text ?? '', /redirecting this address in a loop|could not be fetched/);
  });

  // SECURITY.md, finding 3: Chromium's fetch reports a redirect loop as "Failed to fetch", like
  // a lost connection, so the loop cannot be named; the message says what may have happened and
  // offers the way out: open the policy and read it from the page.
  it('a redirect loop: offers to open the policy instead', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/loop/`);
    await popup.getByRole('button', { name: READ }).click();
    const open = popup.getByRole('alert').getByRole('link', { name: 'Open it in a new tab' });
    await open.waitFor({ timeout: 20_000 });
    assert.equal(await open.getAttribute('href'), `${site.origin}/hostile/loop/privacy-policy`);
  });

  // SECURITY.md, finding 1: "java<TAB>script:" passes the scheme check of find-policy-links.
  it('a javascript: link disguised with a tab is no policy candidate', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/scheme/`);
    await popup
      .getByText('No privacy policy link was found on this page.')
      .waitFor({ timeout: 5000 });
  });

  it('a javascript: link disguised with a tab runs nothing even when offered', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/scheme/`);
    const read = popup.getByRole('button', { name: READ });
    await popup.getByRole('heading').first().waitFor();
    if (await read.isVisible()) {
      await read.click();
      await popup.getByRole('alert').waitFor();
      process.stdout.write(
        `# disguised javascript: link: ${await popup.getByRole('alert').textContent()}\n`,
      );
    }
    await nothingRan(popup);
  });

  it(
    'a server that never finishes the answer: the timeout message after 15 s',
    { timeout: 60_000 },
    async () => {
      const { popup } = await openPopupFor(session, `${site.origin}/hostile/slow/`);
      await popup.getByRole('button', { name: READ }).click();
      await popup
        .getByText('The site took more than 15 seconds to answer.', { exact: false })
        .waitFor({ timeout: 40_000 });
    },
  );

  it('a policy served as application/pdf: said plainly, with a link to open it', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/pdf/`);
    await popup.getByRole('button', { name: READ }).click();
    await popup.getByText('This policy is a PDF file', { exact: false }).waitFor();
    const open = popup.getByRole('link', { name: 'Open it in a new tab' });
    assert.equal(await open.getAttribute('href'), `${site.origin}/hostile/pdf/privacy-policy`);
  });

  it('a policy served as random bytes (application/octet-stream): not a web page', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/binary/`);
    await popup.getByRole('button', { name: READ }).click();
    await popup.getByText('This address is not a web page Rightful can read.').waitFor();
  });

  it('a footer rewritten after load: the scan sees the current DOM', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.origin}/hostile/rewrite/`);
    await page.waitForFunction(() => document.body.dataset.rewritten === 'yes');
    const popup = await popupForOpenPage(page);
    const candidate = popup.getByLabel(/Privacy Notice/);
    assert.equal(await candidate.isChecked(), true);
    assert.equal(await popup.getByText('Terms of sale').count(), 0);
    await popup.getByRole('button', { name: READ }).click();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'privacy@hidden-shop.example',
    );
  });

  it('addresses in <template>, <script> or hidden markup are not offered as the contact', async () => {
    // The page is itself the policy: the popup reads it from the page, with no request.
    const { popup } = await openPopupFor(session, `${site.origin}/hostile/hidden/privacy-policy`);
    await popup.getByText('Read from this page.').waitFor();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'privacy@hidden-shop.example',
    );
    const everything = (await popup.locator('main').textContent()) ?? '';
    for (const never of ['template@', 'script@']) {
      assert.ok(!everything.includes(never), `${never} appears nowhere`);
    }
    const contacts = (await popup.locator('section:has(#contacts-heading)').textContent()) ?? '';
    for (const hidden of ['inline-hidden@', 'attr-hidden@', 'template@', 'script@']) {
      assert.ok(!contacts.includes(hidden), `${hidden} is not among the policy's contacts`);
    }
  });
});
