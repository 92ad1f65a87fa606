import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { doubleTextSize, scrollsSideways, seriousViolations } from './support/axe';
import { openPopupFor, useDemoSession } from './support/extension';
import { OVERDUE_LEDGER } from './support/journeys';

/** No serious or critical axe violation in light and in dark mode. */
async function assertAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const found = await seriousViolations(page);
    assert.deepEqual(found, [], `${what} (${colorScheme}): ${JSON.stringify(found, null, 1)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** No sideways scroll at 320 px wide, nor with the text at 200 %. */
async function assertReflows(page: Page, what: string, width: number): Promise<void> {
  await page.setViewportSize({ width: 320, height: 600 });
  assert.equal(await scrollsSideways(page), false, `${what} scrolls sideways at 320 px`);
  await page.setViewportSize({ width, height: 600 });
  await doubleTextSize(page);
  assert.equal(await scrollsSideways(page), false, `${what} scrolls sideways at 200 % text`);
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
}

// Issue 12: axe (WCAG 2.2 AA and best practices) on the popup, the composer and the dashboard.
describe('accessibility (axe-core) and reflow', () => {
  const demo = useDemoSession();

  it('popup: the verdict, then the composer', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    await popup.locator('#verdict-heading').waitFor();
    await assertAccessible(popup, 'verdict');
    await assertReflows(popup, 'verdict', 400);

    await popup.getByRole('button', { name: 'Ask for my data', exact: true }).click();
    await popup.locator('#req-body').waitFor();
    await popup.getByText('Your details (kept on this device only)').click();
    await assertAccessible(popup, 'composer');
    await assertReflows(popup, 'composer', 400);
  });

  it('dashboard: a late request with its details open', async () => {
    const dashboard = await demo.session.context.newPage();
    await dashboard.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
    await dashboard.getByLabel('Import a ledger file').setInputFiles({
      name: 'ledger.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(OVERDUE_LEDGER)),
    });
    await dashboard.getByText('Imported: 1 added, 0 updated.').waitFor();
    await dashboard.getByText('Details, history and actions').click();
    await assertAccessible(dashboard, 'dashboard');
    await assertReflows(dashboard, 'dashboard', 1000);
  });
});
