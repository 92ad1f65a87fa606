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

    // Posted: "I sent it" records the letter by post, to the policy's postal address.
    await popup.getByText('Will be tracked as sent by post.').waitFor();
    await popup.getByRole('button', { name: 'I sent it' }).click();
    await popup.getByText(/Marked as sent on/).waitFor();
    await letter.close();
    await popup.close();
  });

  it('tracks a request sent through the web form, and the dashboard says so', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/form/privacy`);
    await popup.locator('#verdict-heading').waitFor();
    await popup.getByRole('button', { name: 'Delete my data', exact: true }).click();
    const sent = popup.getByRole('button', { name: 'I sent it' });
    assert.equal(await sent.isDisabled(), true);
    const [form] = await Promise.all([
      demo.session.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Copy the letter and open the web form' }).click(),
    ]);
    await form.close();
    await sent.click();
    await popup.getByText(/Marked as sent on/).waitFor();

    const dashboard = await demo.session.context.newPage();
    await dashboard.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
    const channels = dashboard.locator('.dash-channel');
    await channels.nth(1).waitFor();
    const said = (await channels.allTextContents()).map((text) => text.replace(/^.*, /, ''));
    assert.deepEqual(said.sort(), ['by post', 'through their web form']);
  });
});
