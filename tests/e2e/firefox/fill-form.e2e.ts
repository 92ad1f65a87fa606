import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openFirefoxPopupFor, puppeteerUi, useFirefoxDemo } from '../support/firefox';

// Issue 14 in Firefox: "Fill the form on this page" hands the letter to the extension's isolated
// world with one executeScript and runs entrypoints/fill-form.ts with a second; Firefox's content
// script sandbox must carry it from one to the other, as Chromium's isolated world does.
describe('Firefox: filling a company request form', () => {
  const demo = useFirefoxDemo();

  it('fills the message field on the form page, without sending the form', async () => {
    const url = `${demo.site.origin}/webform/request`;
    const { site, popup } = await openFirefoxPopupFor(demo.session, url);
    const ui = puppeteerUi(popup, demo.session);
    await ui.click('button', 'Read this policy');
    await ui.waitForText('The directory lists datenschutz@payback.de for PAYBACK GmbH.');
    await ui.click('button', 'Ask for my data');
    await ui.click('button', 'Fill the form on this page');
    await ui.waitForText(/Filled on the page \(outlined\): the letter, subject\./);

    const filled = await site.evaluate(() => ({
      message: document.querySelector('textarea')?.value ?? '',
      news: document.querySelector<HTMLInputElement>('#news')?.value ?? '',
      marked: document.querySelectorAll('[data-rightful-filled]').length,
      href: location.href,
    }));
    assert.match(filled.message, /^Dear Sir or Madam,/);
    assert.equal(filled.news, '');
    assert.equal(filled.marked, 2);
    assert.equal(filled.href, url);
  });
});
