import { spawnSync } from 'node:child_process';
import { startDemoSite } from '../demo-site/server';
import { launchWithExtension, openPopupFor } from '../tests/e2e/support/extension';

/**
 * npm run demo — builds the extension (the e2e variant: identical to production except that it
 * may read 127.0.0.1 without a toolbar click), starts the demo site and opens Chromium with the
 * extension loaded on it. Headed when a display exists; otherwise (or with --headless) it
 * drives the popup once, saves docs/screenshots/demo.png and exits.
 */
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
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
const session = await launchWithExtension({ headless });
const { popup } = await openPopupFor(session, `${site.origin}/shop/privacy-policy`);
if (headless) {
  await popup.locator('.best-contact .email').waitFor();
  await popup.screenshot({ path: 'docs/screenshots/demo.png', fullPage: true });
  process.stdout.write(
    'No display: saved docs/screenshots/demo.png. Run `xvfb-run -a npm run demo` for a window.\n',
  );
  await session.close();
  await site.close();
} else {
  const home = await session.context.newPage();
  await home.goto(`${site.origin}/`);
  process.stdout.write(
    'Chromium is open with Rightful loaded. Close the window or press Ctrl+C to stop.\n',
  );
  session.context.on('close', () => void site.close().then(() => process.exit(0)));
}
