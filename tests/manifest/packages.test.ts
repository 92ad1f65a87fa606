import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../scripts/read-zip';
import { pngSize } from '../support/png-size';

// What `npm run zip` produced (issue 17): the Chrome Web Store zip, the AMO zip and the sources
// AMO rebuilds from, all named with package.json's version. npm run check zips before this runs.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const zipPath = (kind: string) => `.output/rightful-${version}-${kind}.zip`;

describe('npm run zip', () => {
  it('made the three archives, named with the package version', () => {
    for (const kind of ['chrome', 'firefox', 'sources']) {
      expect(existsSync(zipPath(kind)), `${zipPath(kind)} (run npm run zip)`).toBe(true);
    }
  });

  it.each(['chrome', 'firefox'])('%s zip: manifest at the root, its version, its icons', (kind) => {
    const files = readZip(zipPath(kind));
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null') as {
      version: string;
      icons: Record<string, string>;
    } | null;
    expect(manifest?.version).toBe(version);
    expect(Object.keys(manifest?.icons ?? {}).length).toBe(5);
    for (const [size, file] of Object.entries(manifest?.icons ?? {})) {
      const png = files.get(file);
      expect(png, file).toBeDefined();
      expect(pngSize(png ?? Buffer.alloc(0))).toEqual({ width: +size, height: +size });
    }
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt_BR', 'pt_PT']) {
      expect(files.has(`_locales/${lang}/messages.json`), lang).toBe(true);
    }
  });

  it('sources zip: only files under version control, nothing local or borrowed', () => {
    const names = [...readZip(zipPath('sources')).keys()];
    const tracked = new Set(execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n'));
    // What the build needs is there (AMO rebuilds with npm ci && npm run build:firefox).
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'PRIVACY.md',
      // postinstall applies it; without it the rebuilt extension would differ
      'patches/linkedom+0.18.15.patch',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    for (const name of names) {
      expect(tracked.has(name), `${name} is not tracked by git`).toBe(true);
      expect(name).not.toMatch(
        /^(node_modules|\.output|\.output-e2e|\.wxt|test-results|coverage|tests|eval|bench|fuzz)\//,
      );
      expect(name).not.toMatch(/(^|\/)(corpus|datasets|research)\//);
    }
  });
});
