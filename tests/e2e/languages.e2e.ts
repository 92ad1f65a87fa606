import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSite, type DemoSite } from '../../demo-site/server';
import { mergeLocale, pseudoLocalize, UI_LANGUAGES } from '../../scripts/locales';
import { EXTENSION_DIR, launchWithExtension, openPopupFor } from './support/extension';
import { screenshotPath } from './support/screenshots';

// Issue 15: the popup and the dashboard in each of the eight languages (Chromium --lang), the
// language setting, and a pseudo-locale (accented, ~40 % longer) that must not overflow the
// popup at 320 and 400 px. Screenshots: test-results/screenshots/lang-*.png; the README's two
// (popup-es.png, popup-pl.png) go where screenshotPath says (docs/ on npm run screenshots).
function results(name: string): string {
  mkdirSync(resolve('test-results', 'screenshots'), { recursive: true });
  return resolve('test-results', 'screenshots', name);
}
const README_LANGUAGES = ['es', 'pl'];
const message = (lang: string, key: string) =>
  mergeLocale(process.cwd(), lang)[key]?.message ?? key;

let site: DemoSite;
before(async () => {
  site = await startDemoSite();
});
after(async () => {
  await site?.close();
});

/** The popup on the demo shop, its policy read: the verdict, contacts and actions on screen. */
async function readShopPolicy(popup: Page, lang: string): Promise<void> {
  await popup.getByRole('button', { name: message(lang, 'popup_readPolicy') }).click();
  await popup.locator('.best-contact .email').waitFor();
}

describe('the UI in each language (Chromium --lang)', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: popup and dashboard speak ${lang}`, async () => {
      const session = await launchWithExtension({
        args: [`--lang=${lang === 'pt' ? 'pt-PT' : lang}`],
      });
      try {
        const { popup } = await openPopupFor(session, `${site.origin}/shop/`);
        await popup.setViewportSize({ width: 400, height: 600 });
        await readShopPolicy(popup, lang);
        assert.equal(await popup.evaluate(() => document.documentElement.lang), lang);
        await popup.locator('#verdict-heading').blur();
        await popup.screenshot({ path: results(`lang-popup-${lang}.png`) });
        if (README_LANGUAGES.includes(lang)) {
          await popup.screenshot({ path: screenshotPath(`popup-${lang}.png`) });
        }

        const dashboard = await session.context.newPage();
        await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
        await dashboard.getByRole('heading', { name: message(lang, 'dash_title') }).waitFor();
        assert.equal(await dashboard.title(), message(lang, 'dash_page_title'));
        await dashboard.screenshot({ path: results(`lang-dashboard-${lang}.png`) });
      } finally {
        await session.close();
      }
    });
  }
});

describe('the language setting', () => {
  it('an English browser switches Rightful to Polish, and back to the browser language', async () => {
    const session = await launchWithExtension();
    try {
      const { popup } = await openPopupFor(session, `${site.origin}/shop/`);
      const setting = popup.getByRole('combobox', { name: message('en', 'settings_language') });
      await setting.selectOption('pl');
      // The page reloads in Polish: the chosen language's messages come from the bundle.
      await popup.getByRole('button', { name: message('pl', 'popup_readPolicy') }).waitFor();
      assert.equal(await popup.evaluate(() => document.documentElement.lang), 'pl');
      const dashboard = await session.context.newPage();
      await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
      await dashboard.getByRole('heading', { name: message('pl', 'dash_title') }).waitFor();
      await popup
        .getByRole('combobox', { name: message('pl', 'settings_language') })
        .selectOption('auto');
      await popup.getByRole('button', { name: message('en', 'popup_readPolicy') }).waitFor();
    } finally {
      await session.close();
    }
  });
});

/**
 * What sticks out of the viewport, or is cut by its own box, in the page. Plain JavaScript in a
 * string: tsx would wrap named functions with a helper the page does not have.
 */
const OVERFLOWS = `(() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' > ' + width + ')');
  }
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // Hidden, closed, or visually hidden for screen readers (1 px boxes): not on screen.
    if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) continue;
    const label = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') +
      ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    if (box.right > width + 1 || box.left < -1) {
      found.push(label + ' sticks out (' + Math.round(box.left) + '-' + Math.round(box.right) + ')');
    }
    const clips = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1) {
      found.push(label + ' is cut (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    }
  }
  return found;
})()`;

const overflows = (page: Page) => page.evaluate<string[]>(OVERFLOWS);

describe('pseudo-locale: long, accented text fits the popup', () => {
  let dir: string;
  before(() => {
    // A copy of the e2e build whose English messages are pseudo-localised (the browser's
    // default language), so no pseudo text ever ships.
    dir = mkdtempSync(join(tmpdir(), 'rightful-pseudo-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, '_locales', 'en', 'messages.json'),
      JSON.stringify(pseudoLocalize(mergeLocale(process.cwd(), 'en'))),
    );
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [320, 400]) {
    it(`${width} px: nothing sticks out or is cut`, async () => {
      const session = await launchWithExtension({ extensionDir: dir });
      try {
        const { popup } = await openPopupFor(session, `${site.origin}/shop/`);
        await popup.setViewportSize({ width, height: 600 });
        const pseudo = (key: string) =>
          pseudoLocalize({ k: { message: message('en', key) } }).k?.message ?? key;
        await popup.getByRole('button', { name: pseudo('popup_readPolicy') }).click();
        await popup.locator('.best-contact .email').waitFor();
        // Every folded section open, so that its text is measured too.
        const openAll = () =>
          popup.evaluate(
            'for (const d of document.querySelectorAll("details")) { d.open = true; }',
          );
        await openAll();
        await popup.screenshot({
          path: results(`lang-pseudo-popup-${width}.png`),
          fullPage: true,
        });
        assert.deepEqual(await overflows(popup), []);
        // The request composer: rights, law and language, the letter, the ways to send it.
        await popup.getByRole('button', { name: pseudo('verdict_action_access') }).click();
        await popup.getByRole('heading', { name: pseudo('req_title') }).waitFor();
        await openAll();
        await popup.screenshot({
          path: results(`lang-pseudo-request-${width}.png`),
          fullPage: true,
        });
        assert.deepEqual(await overflows(popup), []);
      } finally {
        await session.close();
      }
    });
  }
});
