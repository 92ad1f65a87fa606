import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from '../support/firefox';

// npm run test:e2e:firefox — builds the e2e variant of the Firefox extension, then runs every
// tests/e2e/firefox/*.e2e.ts with Node's test runner, one Firefox per file.
if (!existsSync(FIREFOX)) {
  process.stderr.write(
    `Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)\n`,
  );
  process.exit(1);
}
const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, RIGHTFUL_E2E: '1' },
});
if (build.status !== 0 || !existsSync(FIREFOX_EXTENSION_DIR)) {
  process.exit(build.status ?? 1);
}
const files = readdirSync('tests/e2e/firefox')
  .filter((f) => f.endsWith('.e2e.ts'))
  .map((f) => `tests/e2e/firefox/${f}`);
const only = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...(only.length ? only : files)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
