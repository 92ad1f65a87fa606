import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startDemoSite } from '../demo-site/server';
import { CHROMIUM, launchWithExtension, openPopupFor } from '../tests/e2e/support/extension';

/**
 * npm run demo — builds the extension (the e2e variant: identical to production except that it
 * may read 127.0.0.1 without a toolbar click), starts the demo site and opens Chromium with the
 * extension loaded on it. Headed when a display exists: one tab on the demo home page, the
 * Rightful button pinned to the toolbar. Otherwise (or with --headless) it drives the popup once,
 * saves docs/screenshots/demo.png and exits.
 */
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
if (!existsSync(CHROMIUM)) {
  // One line, no stack trace: what is missing and the two ways to give it (issue 12).
  process.stderr.write(
    `Chromium not found at ${CHROMIUM}: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.\n`,
  );
  process.exit(1);
}
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, RIGHTFUL_E2E: '1' },
});
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
const site = await startDemoSite({
  port: Number(process.env.PORT ?? 8080),
  otherPort: Number(process.env.OTHER_PORT ?? 8081),
});
process.stdout.write(
  `Demo site: ${site.origin}/ (a policy on another origin: ${site.otherOrigin})\n`,
);
const session = await launchWithExtension({ headless, pinned: !headless });
if (headless) {
  const { popup } = await openPopupFor(session, `${site.origin}/shop/privacy-policy`);
  await popup.locator('.best-contact .email').waitFor();
  await popup.screenshot({ path: 'docs/screenshots/demo.png', fullPage: true });
  process.stdout.write(
    'No display: saved docs/screenshots/demo.png. Run `xvfb-run -a npm run demo` for a window.\n',
  );
  await session.close();
  await site.close();
} else {
  // One tab, the demo home page (Chromium's own start tab goes); the button is pinned.
  const page = await session.context.newPage();
  await page.goto(`${site.origin}/`);
  for (const other of session.context.pages().filter((p) => p !== page)) {
    await other.close();
  }
  process.stdout.write(
    'Chromium is open on the demo home page, the Rightful button pinned to the toolbar (or press Alt+Shift+D). Close the window or press Ctrl+C to stop.\n',
  );
  session.context.on('close', () => void site.close().then(() => process.exit(0)));
}
