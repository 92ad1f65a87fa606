import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { DemoSite } from '../../../demo-site/server';
import type { Driver, Role, UiPage } from './driver';
import { openPopupFor, type ExtensionSession } from './extension';
import { screenshotPath } from './screenshots';

/** The journeys' view of a Playwright page (Chromium). */
export function playwrightUi(page: Page): UiPage {
  const byRole = (role: Role, name: string) => page.getByRole(role, { name, exact: true });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  return {
    // The page's whole visible text, as in Firefox: a pattern may span elements (a <dt> and its
    // <dd>), which getByText, matching one element at a time, would not see.
    waitForText: async (text) => {
      const [source, flags] =
        typeof text === 'string' ? [text, null] : [text.source, text.flags.replace('g', '')];
      await page.waitForFunction(
        ([s, f]) => {
          const body = document.body?.innerText ?? '';
          return f === null ? body.includes(s ?? '') : new RegExp(s ?? '', f).test(body);
        },
        [source, flags] as const,
      );
    },
    text: () => page.locator('body').innerText(),
    waitFor: (role, name) => byRole(role, name).waitFor(),
    click: (role, name) => byRole(role, name).click(),
    clickText: (text) => page.getByText(text, { exact: true }).click(),
    isChecked: (role, name) => byRole(role, name).isChecked(),
    attribute: (role, name, attribute) => byRole(role, name).getAttribute(attribute),
    value: (label) => field(label).inputValue(),
    fill: (label, value) => field(label).fill(value),
    upload: (label, file) =>
      field(label).setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.content, 'utf8'),
      }),
    download: async (role, name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        byRole(role, name).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        content: readFileSync((await download.path()) ?? '', 'utf8'),
      };
    },
    screenshot: async (name, options) => {
      await page.screenshot({ path: screenshotPath(name), fullPage: options?.fullPage ?? false });
    },
  };
}

/** A Driver over the Chromium session of tests/e2e/support/extension.ts. */
export function chromiumDriver(demo: {
  readonly site: DemoSite;
  readonly session: ExtensionSession;
}): Driver {
  return {
    browserName: 'chromium',
    get origin() {
      return demo.site.origin;
    },
    get otherOrigin() {
      return demo.site.otherOrigin;
    },
    openPopupFor: async (url) => playwrightUi((await openPopupFor(demo.session, url)).popup),
    openDashboard: async () => {
      const page = await demo.session.context.newPage();
      await page.goto(`chrome-extension://${demo.session.extensionId}/dashboard.html`);
      return playwrightUi(page);
    },
    requests: () => demo.session.requests,
  };
}
