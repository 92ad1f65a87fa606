import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserLocaleDirs, UI_LANGUAGES } from '../../scripts/locales';
import { pngSize } from '../support/png-size';

// The extension's identity on both production builds (issue 17): icons, shortcut, localised
// store name and description. Reads .output/ (npm run check builds it first).
const SIZES = ['16', '32', '48', '96', '128'];
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];
// Every _locales folder shipped (Portuguese goes in pt_BR and pt_PT: Chrome has no bare pt).
const LANGUAGES = UI_LANGUAGES.flatMap(browserLocaleDirs);

type Manifest = {
  name: string;
  description: string;
  icons: Record<string, string>;
  action: { default_icon: Record<string, string>; default_title: string };
  commands: Record<string, { suggested_key?: { default?: string } }>;
};
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const messagesOf = (dir: string, lang: string) =>
  JSON.parse(readFileSync(join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe.each(BUILDS)('%s', (dir) => {
  const manifest = manifestOf(dir);

  it('has an icon at every size, each file a PNG of that size', () => {
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).sort()).toEqual([...SIZES].sort());
      for (const [size, file] of Object.entries(icons)) {
        expect(pngSize(readFileSync(join(dir, file))), file).toEqual({
          width: Number(size),
          height: Number(size),
        });
      }
    }
  });

  it('opens the popup with Alt+Shift+D (changeable in the browser)', () => {
    expect(manifest.commands._execute_action?.suggested_key).toEqual({ default: 'Alt+Shift+D' });
  });

  it('takes its name, description and button title from _locales in every UI language', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
    const descriptions = LANGUAGES.map((lang) => {
      const messages = messagesOf(dir, lang);
      expect(messages.extName?.message, lang).toBe('Rightful');
      expect(messages.actionTitle?.message, lang).toMatch(/^Rightful/);
      const description = messages.extDescription?.message ?? '';
      // Chrome Web Store: the manifest description is at most 132 characters.
      expect(description.length, lang).toBeGreaterThan(20);
      expect(description.length, lang).toBeLessThanOrEqual(132);
      return description;
    });
    // Translated, not copied: each language has its own description.
    expect(new Set(descriptions).size).toBe(UI_LANGUAGES.length);
  });
});
