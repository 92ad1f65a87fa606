import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/**
 * CPU time (ms) of Chromium's renderer main threads so far, read from Linux's
 * /proc/<pid>/task/<pid>/schedstat (nanoseconds on the CPU); null where there is no /proc. The
 * scan is JavaScript on that one thread, so this counts its work and not the time other
 * processes ran meanwhile, which wall-clock medians on a loaded machine do (a loaded machine still
 * slows the work itself: shared caches and cores).
 */
async function rendererCpuMs(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    let total = 0;
    for (const p of processInfo.filter((x) => x.type === 'renderer')) {
      total += Number(readFileSync(`/proc/${p.id}/task/${p.id}/schedstat`, 'utf8').split(' ')[0]);
    }
    return total / 1e6;
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

/** CPU ms per run of `expression` (which runs the measured code `runs` times): one value per batch. */
export async function cpuPerRun(
  browser: Browser,
  page: Page,
  expression: string,
  runs: number,
  batches: number,
): Promise<number[] | null> {
  const out: number[] = [];
  for (let i = 0; i < batches; i++) {
    const before = await rendererCpuMs(browser);
    await page.evaluate(expression);
    const after = await rendererCpuMs(browser);
    if (before === null || after === null) {
      return null;
    }
    out.push((after - before) / runs);
  }
  return out;
}
