import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';
import { screenshotPath } from './support/screenshots';

describe('popup on the demo site', () => {
  const demo = useDemoSession();

  it('shows the privacy policy link found on the shop home page', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);

    const candidate = popup.getByRole('radio', { name: /Privacy Policy/ });
    await candidate.waitFor();
    assert.equal(await candidate.isChecked(), true);
    assert.equal(await candidate.getAttribute('value'), `${demo.site.origin}/shop/privacy-policy`);

    // The README's screenshots, at the toolbar popup's 400×600: the verdict after one click.
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    await popup.locator('#verdict-heading').waitFor();
    const before = await popup.locator('#verdict-heading').boundingBox();
    await popup.locator('.best-contact .email').waitFor();
    assert.equal(await popup.locator('.best-contact .email').textContent(), 'contact@magneta.fr');
    // The directory lookup fills in after the verdict and never moves it (no layout shift).
    await popup
      .locator('[role="status"]', { hasText: 'Looking the company up' })
      .waitFor({ state: 'detached' });
    assert.deepEqual(await popup.locator('#verdict-heading').boundingBox(), before);
    await popup.locator('#verdict-heading').blur();
    await popup.screenshot({ path: screenshotPath('popup.png') });
    await popup.screenshot({ path: screenshotPath('popup-full.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: screenshotPath('popup-dark.png') });
  });

  it('shows the contact email on the policy page itself', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/privacy-policy`);

    await popup.getByText('This page is the privacy policy.').waitFor();
    // Read from the page itself: no request at all.
    await popup.getByText('Read from this page.').waitFor();
    assert.equal(await popup.locator('.best-contact .email').textContent(), 'contact@magneta.fr');
  });

  it('says plainly when a page has no privacy policy', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/nopolicy/`);

    await popup.getByText('No privacy policy link was found on this page.').waitFor();
  });
});
