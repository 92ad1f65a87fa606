import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPopupFor, useDemoSession } from './support/extension';
import { screenshotPath } from './support/screenshots';

// Issues 4, 5 and 6 end to end: the summary with evidence, drafting an access request to
// contact@magneta.fr with the profile's name (mailto and .eml), "I sent it", and the dashboard.
describe('summary, request and tracking on the demo site', () => {
  const demo = useDemoSession();

  it('shows what the policy declares, with the sentence behind it', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/privacy-policy`);

    await popup.getByRole('heading', { name: 'What this policy says' }).waitFor();
    const summary = popup.locator('.summary-view');
    assert.match((await summary.textContent()) ?? '', /14 months/);
    assert.match((await summary.textContent()) ?? '', /2018-07-24|July 24, 2018|24 July 2018/);
  });

  it('drafts an access request to contact@magneta.fr with the profile name, gives mailto and .eml, and tracks it', async () => {
    const { popup } = await openPopupFor(demo.session, `${demo.site.origin}/shop/privacy-policy`);
    await popup.getByRole('button', { name: 'Write a request' }).click();

    await popup.getByText('Your details (kept on this device only)').click();
    await popup.getByLabel('Name', { exact: true }).fill('Camille Martin');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('radio', { name: /Access: a copy of my data/ }).check();

    assert.equal(await popup.locator('#req-to').inputValue(), 'contact@magneta.fr');
    const body = await popup.locator('#req-body').inputValue();
    assert.match(body, /Camille Martin/);
    assert.match(body, /Article 15/);

    const mailto = await popup.locator('a[href^="mailto:"]').first().getAttribute('href');
    assert.ok(mailto?.startsWith('mailto:contact@magneta.fr?'), mailto ?? 'no mailto link');
    assert.match(decodeURIComponent(mailto ?? ''), /Camille Martin/);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download .eml file' }).click(),
    ]);
    const eml = readFileSync((await download.path()) ?? '', 'utf8');
    assert.match(eml, /^To: contact@magneta\.fr\r$/m);
    assert.doesNotMatch(eml, /^(Cc|Bcc):/im);

    await popup.getByRole('button', { name: 'I sent it' }).click();
    await popup.getByText(/Saved\. Rightful will remind you when the answer is due/).waitFor();
  });

  it('lists the sent request on the dashboard with its due date', async () => {
    const dashboard = await demo.session.context.newPage();
    await dashboard.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);

    await dashboard.getByText('contact@magneta.fr').first().waitFor();
    await dashboard
      .getByText(/Magneta/)
      .first()
      .waitFor();
    await dashboard.screenshot({ path: screenshotPath('dashboard.png'), fullPage: true });
  });
});
