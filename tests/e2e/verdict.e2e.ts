import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, tabIdOf, useDemoSession } from './support/extension';

/** The toolbar popup's size: what must be seen without scrolling. */
const POPUP = { width: 400, height: 600 };

/** Opens the popup page again for a tab, as a click on the toolbar button does. */
async function reopenPopup(demo: ReturnType<typeof useDemoSession>, tabId: number): Promise<Page> {
  const popup = await demo.session.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${demo.session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

// Issue 12: a verdict at a glance, and a popup that forgets nothing when it closes.
describe('verdict and the tab session', () => {
  const demo = useDemoSession();

  it('shows the verdict and the request buttons within 400×600, focus on the verdict', async () => {
    const { site, popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);
    await popup.setViewportSize(POPUP);
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    const heading = popup.locator('#verdict-heading');
    await heading.waitFor();
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'verdict-heading');
    for (const name of ['Ask for my data', 'Delete my data']) {
      const box = await popup.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box && box.y + box.height <= POPUP.height, `${name} at ${JSON.stringify(box)}`);
    }
    const lines = await popup.locator('.verdict-line').count();
    assert.equal(lines, 5);
    // Each line's icon sits on its text's first line: no bullet floating above its words (a
    // "Quote" button made some first lines taller, and the icon stayed at the top).
    const drift = await popup.locator('.verdict-line').evaluateAll((items) =>
      items.map((li) => {
        const icon = li.querySelector('.line-icon')?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(li.querySelector('.line-text') ?? li);
        const first = range.getClientRects()[0];
        return icon && first ? Math.round(Math.abs(icon.bottom - first.bottom)) : -1;
      }),
    );
    assert.ok(
      drift.every((d) => d >= 0 && d <= 3),
      `icon to text: ${drift.join(', ')} px`,
    );
    // One number: the headline's points to watch are the card's ⚠ lines plus the section below.
    const count = async (selector: string) =>
      Number(/\((\d+)\)/.exec((await popup.locator(selector).textContent()) ?? '')?.[1]);
    const inCard = await popup.locator('.verdict-line.tone-warning').count();
    const headline = await count('#verdict-heading');
    assert.ok(headline > 0);
    assert.equal(inCard + (await count('#summary-flags-heading')), headline);
    assert.match((await popup.locator('.verdict').textContent()) ?? '', /contact@magneta\.fr/);
    // No sideways scroll, even in a 320 px wide window.
    await popup.setViewportSize({ width: 320, height: 600 });
    assert.equal(
      await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      true,
    );
    // Closing the tab forgets its session (the next test opens the same page in a new tab).
    await site.close();
    await popup.close();
  });

  it('brings back the verdict and the draft when the popup reopens, and refuses a second "I sent it"', async () => {
    const { site, popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    await popup.getByRole('button', { name: 'Delete my data', exact: true }).click();
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'req-title');
    await popup.locator('#req-body').fill('Please erase everything about me.');
    const verdictText = await popup.locator('.verdict').textContent();
    const tabId = await tabIdOf(demo.session, site.url());
    await popup.close();

    // Reopened: the same verdict and the same draft, without a click.
    const again = await reopenPopup(demo, tabId);
    await again.locator('#verdict-heading').waitFor();
    assert.equal(await again.locator('.verdict').textContent(), verdictText);
    assert.equal(
      await again.locator('#req-body').inputValue(),
      'Please erase everything about me.',
    );
    assert.equal(await again.getByRole('radio', { name: /Delete my data/ }).isChecked(), true);
    await again.getByRole('button', { name: 'I sent it' }).dblclick();
    await again.getByText(/Marked as sent on/).waitFor();
    await again.close();

    // Reopened after sending: marked as sent, no second "I sent it"; one request on the dashboard.
    const third = await reopenPopup(demo, tabId);
    await third.getByText(/Marked as sent on/).waitFor();
    assert.equal(await third.getByRole('button', { name: 'I sent it' }).count(), 0);
    const dashboard = await demo.session.context.newPage();
    await dashboard.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
    await dashboard.locator('.dash-request').first().waitFor();
    assert.equal(await dashboard.locator('.dash-request').count(), 1);

    // The tab goes elsewhere: its session is not shown there.
    await site.goto(`${demo.site.origin}/nopolicy/`);
    const fourth = await reopenPopup(demo, tabId);
    await fourth.getByText('No privacy policy link was found on this page.').waitFor();
    assert.equal(await fourth.locator('#verdict-heading').count(), 0);
  });

  it('lets a request opened in Gmail be marked as sent from the dashboard, once', async () => {
    // Gmail itself is not reached: the test answers for it.
    await demo.session.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Gmail</p>' }),
    );
    const { site, popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    await popup.getByRole('button', { name: 'Ask for my data', exact: true }).click();
    const [gmail] = await Promise.all([
      demo.session.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Open in Gmail' }).click(),
    ]);
    const tabId = await tabIdOf(demo.session, site.url());
    // Opening Gmail closes the real toolbar popup.
    await gmail.close();
    await popup.close();

    const dashboard = await demo.session.context.newPage();
    await dashboard.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
    const opened = dashboard.getByRole('region', { name: /Opened in your mail app/ });
    await opened.getByText('Magneta — Access').waitFor();
    await opened.getByRole('button', { name: 'I sent it' }).dblclick();
    await dashboard.getByText('Tracked: your request to Magneta is in the list below.').waitFor();
    assert.equal(await opened.count(), 0);
    // The list of requests is a chunk of its own (import()): wait for it to show the new one.
    const tracked = dashboard.getByRole('heading', { name: 'Magneta — Access' });
    await tracked.waitFor();
    assert.equal(await tracked.count(), 1);

    // The tab's popup knows: no second "I sent it" there either.
    const again = await reopenPopup(demo, tabId);
    await again.getByText(/Marked as sent on/).waitFor();
    assert.equal(await again.getByRole('button', { name: 'I sent it' }).count(), 0);
  });

  it('measures a US policy against the CCPA notice at collection, not the GDPR', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/us/privacy`);
    await popup.locator('#verdict-heading').waitFor();
    const text = (await popup.locator('.details-card').textContent()) ?? '';
    assert.match(text, /CCPA notice at collection/);
    assert.doesNotMatch(text, /GDPR/);
    // Nor the GDPR's points to watch: a DPO contact, the Art. 13 list of rights.
    assert.doesNotMatch(text, /data protection officer|Rights not mentioned/);
  });
});
