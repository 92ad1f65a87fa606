import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoSite, type DemoSite } from '../../demo-site/server';
import { launchWithExtension, openPopupFor, type ExtensionSession } from './support/extension';

describe('popup on the demo site', () => {
  let site: DemoSite;
  let session: ExtensionSession;

  before(async () => {
    site = await startDemoSite();
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
    await site?.close();
  });

  it('shows the privacy policy link found on the shop home page', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/shop/`);

    const candidate = popup.getByRole('radio', { name: /Privacy Policy/ });
    await candidate.waitFor();
    assert.equal(await candidate.isChecked(), true);
    assert.equal(await candidate.getAttribute('value'), `${site.origin}/shop/privacy-policy`);

    // The README's screenshot: the policy found, read on a click, and who to write to.
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    await popup.locator('.best-contact .email').waitFor();
    assert.equal(await popup.locator('.best-contact .email').textContent(), 'contact@magneta.fr');
    await popup.screenshot({ path: 'docs/screenshots/popup.png' });
    await popup.screenshot({ path: 'docs/screenshots/popup-full.png', fullPage: true });
  });

  it('shows the contact email on the policy page itself', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/shop/privacy-policy`);

    await popup.getByText('This page is the privacy policy.').waitFor();
    // Read from the page itself: no request at all.
    await popup.getByText('Read from this page.').waitFor();
    assert.equal(await popup.locator('.best-contact .email').textContent(), 'contact@magneta.fr');
  });

  it('says plainly when a page has no privacy policy', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/nopolicy/`);

    await popup.getByText('No privacy policy link was found on this page.').waitFor();
  });
});
