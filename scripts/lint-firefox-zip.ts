import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from './read-zip';

/**
 * npm run lint:firefox-zip: `web-ext lint` on exactly what goes to AMO (the zip `npm run zip`
 * made, unpacked), as a listed add-on (no --self-hosted). Errors fail; warnings are printed.
 */
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zip = `.output/rightful-${version}-firefox.zip`;
const dir = mkdtempSync(join(tmpdir(), 'rightful-amo-'));
try {
  for (const [name, content] of readZip(zip)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  console.log(`web-ext lint ${zip}`);
  execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'text'], {
    stdio: 'inherit',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
