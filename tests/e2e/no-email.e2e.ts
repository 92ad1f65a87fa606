import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';

// Issue 12, "no dead ends": a site with a web form and a postal address but no email address.
describe('a site without an email address', () => {
  const demo = useDemoSession();

  it('offers the web form (letter copied) and a print-ready postal letter', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/form/privacy`);
    await popup.locator('#verdict-heading').waitFor();
    await popup.getByRole('button', { name: 'Ask for my data', exact: true }).click();

    // No red error before the user typed anything.
    assert.equal(await popup.locator('.req-error').count(), 0);
    const form = popup.getByRole('link', { name: 'Copy the letter and open the web form' });
    assert.equal(await form.getAttribute('href'), `${demo.site.origin}/form/privacy-request`);

    const [letter] = await Promise.all([
      demo.session.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Print a postal letter' }).click(),
    ]);
    await letter.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    const recipient = (await letter.locator('.letter-recipient').textContent()) ?? '';
    assert.match(recipient, /Harbour Tea Company/);
    assert.match(recipient, /Quay Street/);
    assert.match((await letter.locator('.letter-body').textContent()) ?? '', /Article 15/);
    await letter.emulateMedia({ media: 'print' });
    assert.equal(await letter.locator('.no-print').isVisible(), false);
  });
});
