import { describe, it } from 'node:test';
import { chromiumDriver } from './support/chromium-driver';
import { useDemoSession } from './support/extension';
import {
  dashboardShowsSentRequest,
  draftAndMarkSent,
  exportHoldsRequest,
  readPolicyOnItsPage,
} from './support/journeys';

// Issues 4, 5 and 6 end to end: the summary with evidence, drafting an access request to
// contact@magneta.fr with the profile's name (mailto and .eml), "I sent it", and the dashboard.
// The journeys are shared with the Firefox suite (tests/e2e/firefox).
describe('summary, request and tracking on the demo site', () => {
  const demo = useDemoSession();
  const driver = chromiumDriver(demo);

  it('shows what the policy declares, with the sentence behind it', async () => {
    await readPolicyOnItsPage(driver);
  });

  it('drafts an access request to contact@magneta.fr with the profile name, gives mailto and .eml, and tracks it', async () => {
    await draftAndMarkSent(driver);
  });

  it('lists the sent request on the dashboard with its due date', async () => {
    const dashboard = await dashboardShowsSentRequest(driver);
    await dashboard.screenshot('dashboard.png', { fullPage: true });
  });

  it('exports the ledger with the request in it', async () => {
    await exportHoldsRequest(driver, 'contact@magneta.fr');
  });
});
