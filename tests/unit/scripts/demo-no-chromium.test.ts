import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Issue 12, first run: `npm run demo` without Chromium says in one line how to get it (and
// honours CHROME_PATH) instead of dying with a stack trace. It stops before building anything.
describe('npm run demo without Chromium', () => {
  it('prints one line naming the missing binary, how to install it and CHROME_PATH; exits 1', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHROME_PATH: '/nonexistent/chromium' };
    delete env.CHROMIUM_PATH;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Chromium not found at \/nonexistent\/chromium: install it/);
    expect(lines[0]).toContain('CHROME_PATH');
    expect(run.stdout).toBe('');
  }, 60_000);
});
