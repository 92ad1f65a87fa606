import type { Page } from 'playwright-core';

/**
 * CPU time (ms) of the page's main thread so far: Chromium's own clock for that thread, read over
 * CDP (Performance.getMetrics, ThreadTime, thread ticks); null where Chromium gives none. The scan
 * is JavaScript on that one thread, so this counts its work and not the time other processes ran
 * meanwhile, which wall-clock medians on a loaded machine do (a loaded machine still slows the
 * work itself: shared caches and cores). Summing every renderer process's /proc schedstat, as
 * this did before, also counted the other renderers' work — about half of a first scan's figure
 * in a fresh page.
 */
async function threadClock(page: Page): Promise<(() => Promise<number | null>) | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const t = metrics.find((m) => m.name === 'ThreadTime')?.value;
      return t === undefined ? null : t * 1000;
    };
  } catch {
    return null;
  }
}

/** CPU ms per run of `expression` (which runs the measured code `runs` times): one value per batch. */
export async function cpuPerRun(
  page: Page,
  expression: string,
  runs: number,
  batches: number,
): Promise<number[] | null> {
  const clock = await threadClock(page);
  if (!clock) {
    return null;
  }
  // Let the page finish its own first layout and paint (a page the user clicks on is long shown).
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const out: number[] = [];
  for (let i = 0; i < batches; i++) {
    const before = await clock();
    await page.evaluate(expression);
    const after = await clock();
    if (before === null || after === null) {
      return null;
    }
    out.push((after - before) / runs);
  }
  return out;
}
