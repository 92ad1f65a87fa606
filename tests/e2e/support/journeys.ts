import assert from 'node:assert/strict';
import type { Driver, UiPage } from './driver';

/**
 * The user journeys both browsers must pass, with their assertions: the Chromium suite
 * (tests/e2e/*.e2e.ts) and the Firefox suite (tests/e2e/firefox/*.e2e.ts) call these with their
 * own Driver. A popup or dashboard change is adapted here once, for both.
 */

/** The demo shop's policy, its controller's contact and what it declares (issues 3, 4 and 12). */
export async function readPolicyOnItsPage(driver: Driver): Promise<UiPage> {
  const popup = await driver.openPopupFor(`${driver.origin}/shop/privacy-policy`);
  // Read from the page itself: no request at all; the verdict and its main actions first.
  await popup.waitForText('Magneta · Read from this page.');
  await popup.waitFor('button', 'Ask for my data');
  await popup.waitForText(/Best address for your request\s+contact@magneta\.fr/);
  const text = await popup.text();
  assert.match(text, /Write to: contact@magneta\.fr/);
  assert.match(text, /Keeps billing data for at most 14 months/);
  // The page was recognised as the policy: said in the folded choice of policy.
  await popup.clickText('Read another policy from this page');
  await popup.waitForText('This page is the privacy policy.');
  return popup;
}

/** From the shop's home page: the policy link found, read on a click, from the page's origin. */
export async function readPolicyFromHomePage(driver: Driver): Promise<UiPage> {
  const popup = await driver.openPopupFor(`${driver.origin}/shop/`);
  await popup.click('button', 'Read this policy');
  await popup.waitForText(`Fetched from ${driver.origin} at your request.`);
  await popup.waitForText(/Best address for your request\s+contact@magneta\.fr/);
  return popup;
}

/**
 * Drafts an access request to contact@magneta.fr with the profile's name, checks the mailto link
 * and the .eml file, and confirms "I sent it" (issue 5).
 */
export async function draftAndMarkSent(driver: Driver): Promise<void> {
  const popup = await driver.openPopupFor(`${driver.origin}/shop/privacy-policy`);
  await popup.click('button', 'Ask for my data');
  await popup.clickText('Your details (kept on this device only)');
  await popup.fill('Name', 'Camille Martin');
  await popup.click('button', 'Save');
  await popup.click('radio', 'Access: a copy of my data');

  assert.equal(await popup.value('To'), 'contact@magneta.fr');
  const body = await popup.value('Text (you can edit it)');
  assert.match(body, /Camille Martin/);
  assert.match(body, /Article 15/);

  // One main way to send. A letter that fits a mail link goes whole into it; a longer one (this
  // access letter) is copied, and the link carries the address and the subject only.
  const text = await popup.text();
  if (text.includes('Copy the letter and open my mail app')) {
    const short =
      (await popup.attribute('link', 'Copy the letter and open my mail app', 'href')) ?? '';
    assert.ok(short.startsWith('mailto:contact@magneta.fr?'), short);
    assert.match(decodeURIComponent(short), /Article 15/);
    assert.doesNotMatch(short, /body=[^&]/);
  } else {
    const mailto = (await popup.attribute('link', 'Open in my mail app', 'href')) ?? '';
    assert.ok(mailto.startsWith('mailto:contact@magneta.fr?'), mailto);
    assert.match(decodeURIComponent(mailto), /Camille Martin/);
  }
  // Webmail takes the whole letter, whatever its length.
  const gmail = (await popup.attribute('link', 'Open in Gmail', 'href')) ?? '';
  assert.match(decodeURIComponent(gmail), /Camille Martin/);

  const eml = await popup.download('button', 'Download .eml file');
  assert.match(eml.name, /\.eml$/);
  assert.match(eml.content, /^To: contact@magneta\.fr\r$/m);
  assert.doesNotMatch(eml.content, /^(Cc|Bcc):/im);

  await popup.click('button', 'I sent it');
  await popup.waitForText(/Saved\. Rightful will remind you when the answer is due/);
}

/**
 * The request sent by draftAndMarkSent, on the dashboard with its due date: one month under
 * GDPR Art. 12(3), so 28 to 31 days from today, plus at most 4 days if it ends on a weekend or
 * public holiday (Reg. 1182/71 Art. 3(4)).
 */
export async function dashboardShowsSentRequest(driver: Driver): Promise<UiPage> {
  const dashboard = await driver.openDashboard();
  // The compact card: who and what, the status and the due date at a glance (issue 12).
  await dashboard.waitForText('Magneta — Access');
  // Dates in the UI language (English: "Feb 16, 2026"), lib/ui/i18n.ts formatDate.
  await dashboard.waitForText(/Due date\s+[A-Z][a-z]{2} \d{1,2}, \d{4} \(\d+ days left\)/);
  const [, days] = /Due date\s+[A-Z][a-z]{2} \d{1,2}, \d{4} \((\d+) days left\)/.exec(
    await dashboard.text(),
  ) ?? ['', '0'];
  assert.ok(Number(days) >= 28 && Number(days) <= 35, `${days} days left`);
  // The rest on demand: where it was sent, the history and the actions.
  assert.doesNotMatch(await dashboard.text(), /contact@magneta\.fr/);
  await dashboard.clickText('Details, history and actions');
  await dashboard.waitForText('contact@magneta.fr');
  return dashboard;
}

/** A ledger with one French GDPR request sent on Mon 5 Jan 2026, long overdue. */
export const OVERDUE_LEDGER = {
  format: 'rightful-ledger',
  version: 1,
  exportedAt: '2026-02-01T10:00:00.000Z',
  requests: [
    {
      id: 'req-overdue-1',
      site: 'https://respoweb.example',
      controller: 'Magneta',
      recipient: 'contact@magneta.fr',
      right: 'access',
      law: 'gdpr',
      language: 'fr',
      country: 'FR',
      sentDate: '2026-01-05',
      events: [{ id: 'ev-1', type: 'sent', date: '2026-01-05' }],
    },
  ],
};

/** A malformed ledger file changes nothing and says so (issue 6). */
export async function importRefusesMalformedFile(driver: Driver): Promise<void> {
  const dashboard = await driver.openDashboard();
  await dashboard.upload('Import a ledger file', {
    name: 'broken.json',
    content: '{"format": "rightful-ledger", "requests": [',
  });
  await dashboard.waitForText(/This file could not be imported, nothing was changed/);
  await dashboard.waitForText('Requests (0)');
}

/** The overdue request offers the follow-up letter and the complaint to the CNIL (issue 6). */
export async function overdueOffersFollowUpAndComplaint(driver: Driver): Promise<UiPage> {
  const dashboard = await driver.openDashboard();
  await dashboard.upload('Import a ledger file', {
    name: 'ledger.json',
    content: JSON.stringify(OVERDUE_LEDGER),
  });
  await dashboard.waitForText('Imported: 1 added, 0 updated.');
  // Sent Mon 5 Jan 2026 → due Thu 5 Feb 2026 (GDPR Art. 12(3), Reg. 1182/71): long past.
  await dashboard.waitForText('Feb 5, 2026');
  await dashboard.waitForText('The deadline has passed');
  await dashboard.waitForText(/Follow-up letter to Magneta/);
  await dashboard.waitForText(/Complaint to .*CNIL/);
  return dashboard;
}

/** Exports the ledger and finds in it the request the dashboard shows (issue 6). */
export async function exportHoldsRequest(driver: Driver, recipient: string): Promise<void> {
  const dashboard = await driver.openDashboard();
  await dashboard.waitForText(/Requests \([1-9]/);
  const file = await dashboard.download('button', 'Export the ledger (JSON)');
  assert.match(file.name, /\.json$/);
  const ledger = JSON.parse(file.content) as { format: string; requests: { recipient: string }[] };
  assert.equal(ledger.format, 'rightful-ledger');
  assert.ok(
    ledger.requests.some((r) => r.recipient === recipient),
    `exported: ${file.content.slice(0, 200)}`,
  );
}
