import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';

// Issue 17 in the real browser: the shortcut the popup's help shows is the one Chromium assigned
// from the manifest (commands.getAll), and the privacy statement ships inside the extension.
describe('release: shortcut and privacy statement', () => {
  const demo = useDemoSession();

  it("the popup's help shows Alt+Shift+D, as Chromium assigned it", async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);
    await popup.getByText('Help', { exact: true }).click();
    await popup.getByText('Keyboard: Alt+Shift+D opens Rightful.').waitFor();
    assert.equal(
      await popup.getByRole('button', { name: 'Change the shortcut' }).isVisible(),
      true,
    );
  });

  it('the dashboard links to the privacy statement, shown offline with every storage key', async () => {
    const page = await demo.session.context.newPage();
    const before = demo.session.requests.length;
    await page.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
    await page.getByRole('link', { name: /privacy statement/ }).click();
    await page.getByRole('heading', { level: 1, name: "Rightful's privacy statement" }).waitFor();
    for (const key of ['profile', 'ledger', 'analysisCache', 'quarantine', 'notified']) {
      assert.equal(await page.locator('li strong code', { hasText: key }).count(), 1, key);
    }
    // Only the extension's own pages and files: nothing went to the network.
    const outside = demo.session.requests
      .slice(before)
      .filter((url) => !url.startsWith('chrome-extension://'));
    assert.deepEqual(outside, []);
    await page.close();
  });
});
