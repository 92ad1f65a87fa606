import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';

// Issue 3, end to end: the same-origin policy, the other-origin policy, no policy, fr and de sites.
describe('reading a policy from the popup', () => {
  const demo = useDemoSession();

  it('reads the same-origin policy from the shop home page and shows who to write to', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/`);

    await popup.getByRole('button', { name: 'Read this policy' }).click();

    await popup.getByText(`Fetched from ${demo.site.origin} at your request.`).waitFor();
    const best = popup.locator('.best-contact .email');
    assert.equal(await best.textContent(), 'contact@magneta.fr');
    await popup.getByText('Magneta', { exact: true }).waitFor();
    await popup
      .getByText(/Bruno Husson/)
      .first()
      .waitFor();
  });

  it('reads a policy hosted on another origin the extension may reach', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/books/`);

    await popup.getByRole('button', { name: 'Read this policy' }).click();

    await popup.getByText(`Fetched from ${demo.site.otherOrigin} with your permission.`).waitFor();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'privacy@northwind-books.example',
    );
  });

  it('asks for permission before fetching from an origin not yet granted', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/books-elsewhere/`);

    await popup.getByRole('button', { name: 'Read this policy' }).click();

    const origin = demo.site.otherOrigin.replace('127.0.0.1', 'localhost');
    await popup.getByText(`This policy is on another site, ${origin}.`, { exact: false }).waitFor();
    await popup.getByRole('button', { name: `Allow reading ${origin}` }).waitFor();
    assert.ok(
      !demo.session.requests.some((url) => url.startsWith(origin)),
      'nothing was fetched before the grant',
    );
  });

  it('says plainly that a site has no policy and what was tried', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/nopolicy/`);

    await popup.getByText('No privacy policy link was found on this page.').waitFor();
    await popup.getByText(/rel="privacy-policy"/).waitFor();
  });

  it('finds the French policy and its DPO address', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/fr/`);

    const candidate = popup.getByLabel(/Politique de confidentialité/);
    assert.equal(await candidate.isChecked(), true);
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'dpo@boulangerie-dupain.example',
    );
  });

  it('finds the German policy and its data protection address', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/de/`);

    const candidate = popup.getByLabel(/Datenschutzerklärung/);
    assert.equal(await candidate.isChecked(), true);
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    assert.equal(
      await popup.locator('.best-contact .email').textContent(),
      'datenschutz@mueller-versand.example',
    );
  });
});
