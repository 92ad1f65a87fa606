import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seriousViolations } from './support/axe';
import { openPopupFor, useDemoSession } from './support/extension';

// Issue 14 end to end: a policy with no email, of a company the directory knows (by the
// controller's name: the demo site runs on 127.0.0.1), gets the directory's address, marked as such.
describe('the company directory in the popup', () => {
  const demo = useDemoSession();

  it('offers the directory address when the policy gives none, with the attribution', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/directory/privacy`);

    const note = popup.getByRole('region', { name: 'Company directory' });
    await note.waitFor();
    assert.equal(
      await note.getByRole('status').locator('p').first().textContent(),
      'This policy gives no email address. The directory lists dpo@gandi.net for Gandi SAS.',
    );
    assert.match((await note.textContent()) ?? '', /last checked no later than Jul 21, 2026/);
    assert.match((await note.textContent()) ?? '', /Datenanfragen\.de company directory \(CC0\)/);

    await popup.getByRole('button', { name: 'Ask for my data' }).click();
    assert.equal(await popup.locator('#req-to').inputValue(), 'dpo@gandi.net');
  });

  it("on the company's own request form: offers the directory address and fills the form on click, never sending it", async () => {
    const url = `${demo.site.origin}/webform/request`;
    const { site, popup } = await openPopupFor(demo.session, url);
    // The form page links to the policy: one click reads it.
    await popup.getByRole('button', { name: 'Read this policy' }).click();

    const note = popup.getByRole('region', { name: 'Company directory' });
    await note.waitFor();
    assert.equal(
      await note.getByRole('status').locator('p').first().textContent(),
      'This policy gives no email address. The directory lists datenschutz@payback.de for PAYBACK GmbH.',
    );

    await popup.getByRole('button', { name: 'Ask for my data' }).click();
    assert.equal(await popup.locator('#req-to').inputValue(), 'datenschutz@payback.de');
    await popup.getByText('Your details (kept on this device only)').click();
    await popup.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await popup.getByLabel('Email address', { exact: true }).fill('ada@example.org');
    await popup.getByRole('button', { name: 'Save' }).click();

    // On the form itself, filling it is the main action.
    const fill = popup
      .locator('.send-main')
      .getByRole('button', { name: 'Fill the form on this page' });
    await fill.click();
    await popup
      .locator('.req-status')
      .getByText(/^Filled on the page \(outlined\): the letter, subject, your name, your email\./)
      .waitFor();

    assert.match(await site.locator('#message').inputValue(), /^Dear Sir or Madam,/);
    assert.match(await site.locator('#message').inputValue(), /Ada Lovelace/);
    assert.match(await site.locator('#topic').inputValue(), /access/i);
    assert.equal(await site.locator('#full-name').inputValue(), 'Ada Lovelace');
    assert.equal(await site.locator('#mail').inputValue(), 'ada@example.org');
    // Not the customer number, not the newsletter box of another form; outlined; not sent.
    assert.equal(await site.locator('#customer').inputValue(), '');
    assert.equal(await site.locator('#news').inputValue(), '');
    assert.equal(await site.locator('[data-rightful-filled]').count(), 4);
    assert.equal(site.url(), url);
    // The composer with the directory's notes, the fill button and its outcome: no serious axe finding.
    assert.deepEqual(await seriousViolations(popup), []);
  });
});
