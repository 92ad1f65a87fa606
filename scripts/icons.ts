import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * npm run icons: renders assets/icon*.svg to public/icon/<size>.png with Debian's Chromium (the
 * browser the e2e tests already use), so no image library is added. The PNGs are committed: the
 * build needs no renderer. 16 and 32 come from the simplified small drawing.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sourceFor = (size: number) => (size <= 32 ? 'assets/icon-small.svg' : 'assets/icon.svg');

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    mkdirSync('public/icon', { recursive: true });
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const svg = readFileSync(sourceFor(size), 'utf8');
      const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${data}" width="${size}" height="${size}" alt="">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true });
      writeFileSync(join('public/icon', `${size}.png`), png);
      await page.close();
      console.log(`public/icon/${size}.png ← ${sourceFor(size)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
