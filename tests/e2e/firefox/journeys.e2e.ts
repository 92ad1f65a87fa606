import { describe, it } from 'node:test';
import { useFirefoxDemo } from '../support/firefox';
import {
  dashboardShowsSentRequest,
  draftAndMarkSent,
  exportHoldsRequest,
  importRefusesMalformedFile,
  overdueOffersFollowUpAndComplaint,
  readPolicyFromHomePage,
  readPolicyOnItsPage,
} from '../support/journeys';

// The Chromium suite's journeys (tests/e2e/support/journeys.ts), in Firefox ESR: one browser for
// the whole file, the tests in order (the dashboard shows what the popup sent).
describe('Firefox: the journeys of the Chromium suite', () => {
  const demo = useFirefoxDemo();

  it('reads the policy on its page and shows the contact and the summary', async () => {
    const popup = await readPolicyOnItsPage(demo.driver);
    await popup.screenshot('popup.png', { fullPage: true });
  });

  it('reads the policy linked from the home page on a click', async () => {
    await readPolicyFromHomePage(demo.driver);
  });

  it('refuses a malformed ledger file and changes nothing', async () => {
    await importRefusesMalformedFile(demo.driver);
  });

  it('drafts an access request (mailto, .eml) and marks it sent', async () => {
    await draftAndMarkSent(demo.driver);
  });

  it('lists the sent request on the dashboard with its due date', async () => {
    const dashboard = await dashboardShowsSentRequest(demo.driver);
    await dashboard.screenshot('dashboard.png', { fullPage: true });
  });

  it('exports the ledger with the request in it', async () => {
    await exportHoldsRequest(demo.driver, 'contact@magneta.fr');
  });

  it('imports an overdue request: follow-up letter and complaint to the CNIL', async () => {
    const dashboard = await overdueOffersFollowUpAndComplaint(demo.driver);
    await dashboard.screenshot('dashboard-overdue.png', { fullPage: true });
  });
});
