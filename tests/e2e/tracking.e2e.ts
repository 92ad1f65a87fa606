import { describe, it } from 'node:test';
import { chromiumDriver } from './support/chromium-driver';
import { useDemoSession } from './support/extension';
import { importRefusesMalformedFile, overdueOffersFollowUpAndComplaint } from './support/journeys';

// Issue 6 end to end: a ledger file imported on the dashboard; the overdue request offers the
// follow-up letter and the complaint to the CNIL (the controller is French); a malformed file
// changes nothing. The journeys are shared with the Firefox suite (tests/e2e/firefox).
describe('dashboard', () => {
  const demo = useDemoSession();
  const driver = chromiumDriver(demo);

  it('refuses a malformed ledger file with a clear message and changes nothing', async () => {
    await importRefusesMalformedFile(driver);
  });

  it('offers the follow-up and the complaint to the CNIL for an overdue French request', async () => {
    const dashboard = await overdueOffersFollowUpAndComplaint(driver);
    await dashboard.screenshot('dashboard-overdue.png', { fullPage: true });
  });
});
