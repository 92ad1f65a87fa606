/**
 * The popup in Chromium, as a user meets it (issue 12): popup open → first content (the scan's
 * answer: the policy found, or why not) and "Read this policy" → verdict (the same-origin fetch,
 * the analysis in its worker, the verdict card drawn), on the demo shop, with the e2e build.
 * Times are read inside the popup (performance.now(), a MutationObserver), median of 5 runs, each
 * in a fresh tab with the analysis cache emptied.   npm run bench -- --only=popup
 */
import { existsSync } from 'node:fs';
import { startDemoSite } from '../../demo-site/server';
import {
  CHROMIUM,
  EXTENSION_DIR,
  launchWithExtension,
  openPopupFor,
} from '../../tests/e2e/support/extension';

const RUNS = 5;

/** Runs in each page before its scripts: notes when the content and the verdict first appear. */
function observe(): void {
  if (location.pathname !== '/popup.html') {
    return;
  }
  const marks: Record<string, number> = {};
  (window as unknown as { __rightfulBench: typeof marks }).__rightfulBench = marks;
  new MutationObserver(() => {
    const now = performance.now();
    if (marks.content === undefined && document.querySelector('#policy-heading, [role="alert"]')) {
      marks.content = now;
    }
    if (marks.verdict === undefined && document.querySelector('.verdict')) {
      marks.verdict = now;
    }
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('click', () => (marks.click ??= performance.now()), true);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(EXTENSION_DIR)) {
    process.stdout.write(
      `skipped: needs Chromium (${CHROMIUM}) and the e2e build (npm run build:e2e)\n`,
    );
    return;
  }
  const site = await startDemoSite();
  const session = await launchWithExtension();
  try {
    await session.context.addInitScript(observe);
    const open: number[] = [];
    const read: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await session.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
        ).chrome.storage.local.clear(),
      );
      const { site: tab, popup } = await openPopupFor(session, `${site.origin}/shop/`);
      await popup.getByRole('button', { name: 'Read this policy' }).click();
      await popup.locator('.verdict').waitFor({ timeout: 60_000 });
      const marks = await popup.evaluate(
        () => (window as unknown as { __rightfulBench: Record<string, number> }).__rightfulBench,
      );
      open.push(marks.content ?? NaN);
      read.push((marks.verdict ?? NaN) - (marks.click ?? NaN));
      await popup.close();
      await tab.close();
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    process.stdout.write(
      [
        `popup open → first content (scan answer shown): median ${ms(median(open))}, worst ${ms(Math.max(...open))} (${RUNS} runs)`,
        `"Read this policy" → verdict (fetch + worker analysis + render): median ${ms(median(read))}, worst ${ms(Math.max(...read))}`,
        '',
      ].join('\n'),
    );
  } finally {
    await session.close();
    await site.close();
  }
}
