import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemoSite, type DemoSite, type Handler } from '../../demo-site/server';
import { launchWithExtension, openPopupFor, type ExtensionSession } from './support/extension';

/**
 * Issue 10, item 2, end to end: a policy on another origin the extension may read (the e2e build
 * may reach 127.0.0.1) answers 302 to an origin never granted (localhost). The browser hides a
 * redirect's target from extensions (`redirect: 'manual'` is opaque in Chromium and Firefox), so
 * the answer is checked where the redirect ended, before anything is read.
 */
const POLICY = readFileSync(new URL('../../demo-site/pages/books-policy.html', import.meta.url));

const home =
  (policyUrl: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>Northwind Books</title><h1>Books</h1>` +
        `<footer><a href="${policyUrl}">Privacy notice</a></footer></html>`,
    );
  };
const localhost = (site: DemoSite) => site.otherOrigin.replace('127.0.0.1', 'localhost');
const moved =
  (path: string): Handler =>
  (_req, res, site) => {
    res.writeHead(302, { location: `${localhost(site)}${path}` });
    res.end();
  };
const policy =
  (cors: boolean): Handler =>
  (_req, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    });
    res.end(POLICY);
  };

describe('a granted origin redirecting to another origin', () => {
  let site: DemoSite;
  let session: ExtensionSession;
  before(async () => {
    const routes: Record<string, Handler> = {
      '/moved/open/privacy': moved('/elsewhere/open/privacy'),
      '/moved/closed/privacy': moved('/elsewhere/closed/privacy'),
      // Answers any origin's script (CORS): without the check, its text would be read.
      '/elsewhere/open/privacy': policy(true),
      '/elsewhere/closed/privacy': policy(false),
    };
    site = await startDemoSite({ extraRoutes: routes });
    routes['/redirect-open/'] = home(`${site.otherOrigin}/moved/open/privacy`);
    routes['/redirect-closed/'] = home(`${site.otherOrigin}/moved/closed/privacy`);
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
    await site?.close();
  });

  it('to an origin that answers anyone: asks for that origin by name, shows nothing of it', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/redirect-open/`);
    await popup.getByRole('button', { name: 'Read this policy' }).click();

    const target = localhost(site);
    await popup
      .getByText(
        `The policy's address on ${site.otherOrigin} sends Rightful on to another site, ${target}.`,
        { exact: false },
      )
      .waitFor();
    await popup.getByRole('button', { name: `Allow reading ${target}` }).waitFor();
    assert.equal(await popup.getByText('with your permission').count(), 0);
    assert.equal(await popup.locator('.best-contact').count(), 0, 'nothing of it was read');
  });

  it('to an origin that refuses (no CORS): says so and offers to open the policy', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/redirect-closed/`);
    await popup.getByRole('button', { name: 'Read this policy' }).click();

    const alert = popup.getByRole('alert');
    await alert.getByText(/sends Rightful on to another site you have not allowed/).waitFor();
    const open = alert.getByRole('link', { name: 'Open it in a new tab' });
    assert.equal(await open.getAttribute('href'), `${site.otherOrigin}/moved/closed/privacy`);
  });
});
