import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemoSite, type DemoSite } from '../../demo-site/server';
import { launchWithExtension, openPopupFor, type ExtensionSession } from './support/extension';

/**
 * Issue 12: the analysis runs in a worker, so a page that takes long to analyse never freezes the
 * popup. A 300 KB policy of one sentence repeated keeps the worker busy for a while; during that
 * time the popup must still react to the user (behaviour, not timing: no clock is read).
 */
const SENTENCE = 'We collect your data and share it with our partners for marketing. ';
const html = (res: ServerResponse, body: string) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};
const ROUTES = {
  '/heavy/': (_req: unknown, res: ServerResponse) =>
    html(
      res,
      '<!doctype html><html lang="en"><head><title>Heavy shop</title></head><body>' +
        '<footer><a href="/heavy/privacy-policy">Privacy policy</a></footer></body></html>',
    ),
  '/heavy/privacy-policy': (_req: unknown, res: ServerResponse) =>
    html(
      res,
      '<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body>' +
        '<h1>Privacy Policy</h1><p>Write to privacy@heavy-shop.example.</p><p>' +
        SENTENCE.repeat(Math.floor(300_000 / SENTENCE.length)) +
        '</p></body></html>',
    ),
};

describe('analysis in a worker', () => {
  let site: DemoSite;
  let session: ExtensionSession;
  before(async () => {
    site = await startDemoSite({ extraRoutes: ROUTES });
    session = await launchWithExtension();
  });
  after(async () => {
    await session?.close();
    await site?.close();
  });

  it('a heavy policy is analysed off the popup thread: the popup reacts while it runs', async () => {
    const { popup } = await openPopupFor(session, `${site.origin}/heavy/`);
    const started = popup.waitForEvent('worker', { timeout: 60_000 });
    await popup.getByRole('button', { name: 'Read this policy' }).click();
    const worker = await started;
    let workerClosed = false;
    worker.on('close', () => {
      workerClosed = true;
    });
    // While the worker analyses, a click on the help toggles it and the status still says reading.
    await popup.locator('details.help > summary').click();
    const state = await popup.evaluate(() => ({
      helpOpen: document.querySelector<HTMLDetailsElement>('details.help')?.open ?? false,
      reading: document.querySelector('[role="status"]')?.textContent ?? '',
    }));
    assert.equal(state.helpOpen, true);
    assert.equal(workerClosed, false, 'the popup reacted before the analysis ended');
    assert.match(state.reading, /Reading/);
    // Then the analysis arrives, and the worker is gone.
    await popup.getByText('privacy@heavy-shop.example').first().waitFor({ timeout: 120_000 });
    assert.equal(workerClosed, true);
  });
});
