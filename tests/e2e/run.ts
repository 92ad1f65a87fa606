import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR } from './support/extension';

// npm run test:e2e — builds the e2e variant of the extension, then runs every tests/e2e/*.e2e.ts
// with Node's test runner in one Chromium-capable process per file. Screenshots go to
// test-results/screenshots (ignored). `--screenshots` (npm run screenshots) runs only the files
// that take the README's pictures and writes them to docs/screenshots.
const screenshots = process.argv.includes('--screenshots');
if (!existsSync(CHROMIUM)) {
  process.stderr.write(
    `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)\n`,
  );
  process.exit(1);
}
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, RIGHTFUL_E2E: '1' },
});
if (build.status !== 0 || !existsSync(EXTENSION_DIR)) {
  process.exit(build.status ?? 1);
}
const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.e2e.ts'))
  .map((f) => `tests/e2e/${f}`)
  .filter((f) => !screenshots || readFileSync(f, 'utf8').includes('.screenshot('));
const only = process.argv.slice(2).filter((arg) => arg !== '--screenshots');
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', ...(only.length ? only : files)],
  {
    stdio: 'inherit',
    env: screenshots ? { ...process.env, RIGHTFUL_SCREENSHOTS: 'docs/screenshots' } : process.env,
  },
);
process.exit(run.status ?? 1);
