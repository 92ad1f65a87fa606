import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, type ExtensionSession } from './support/extension';
import { screenshotPath } from './support/screenshots';

// Issue 6 end to end: a ledger file imported on the dashboard; the overdue request offers the
// follow-up letter and the complaint to the CNIL (the controller is French); a malformed file
// changes nothing.
const overdue = {
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

describe('dashboard', () => {
  let session: ExtensionSession;

  before(async () => {
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
  });

  it('refuses a malformed ledger file with a clear message and changes nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);

    await page.getByLabel('Import a ledger file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "rightful-ledger", "requests": [', 'utf8'),
    });

    await page.getByText(/This file could not be imported, nothing was changed/).waitFor();
    await page.getByText('Requests (0)').waitFor();
  });

  it('offers the follow-up and the complaint to the CNIL for an overdue French request', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);

    await page.getByLabel('Import a ledger file').setInputFiles({
      name: 'ledger.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(overdue), 'utf8'),
    });

    await page.getByText('Imported: 1 added, 0 updated.').waitFor();
    // Sent Mon 5 Jan 2026 → due Thu 5 Feb 2026 (GDPR Art. 12(3), Reg. 1182/71): long past.
    await page
      .getByText(/2026-02-05/)
      .first()
      .waitFor();
    await page.getByText('The deadline has passed').waitFor();
    await page.getByText(/Follow-up letter to Magneta/).waitFor();
    const complaint = page.getByText(/Complaint to .*CNIL/).first();
    await complaint.waitFor();
    assert.match((await complaint.textContent()) ?? '', /CNIL/);
    await page.screenshot({ path: screenshotPath('dashboard-overdue.png'), fullPage: true });
  });
});
