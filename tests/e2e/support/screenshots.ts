import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where e2e screenshots go. A test run writes them to test-results/screenshots (ignored by git),
 * so `npm test` leaves the tree clean; `npm run screenshots` sets RIGHTFUL_SCREENSHOTS to
 * docs/screenshots and so refreshes the README's pictures on purpose.
 */
export const SCREENSHOTS_DIR = resolve(
  process.env.RIGHTFUL_SCREENSHOTS ?? join('test-results', 'screenshots'),
);

/** The path to save the screenshot `name` (e.g. 'popup.png') to; the folder is created. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, name);
}
