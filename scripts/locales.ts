import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** UI languages shipped from the start; adding one is a folder under locales/. */
export const UI_LANGUAGES = ['en', 'fr', 'de'] as const;

export type MessageFile = Record<string, { message: string; description?: string }>;

/**
 * Merges locales/<lang>/*.json (one file per area of the UI, so parallel work does not collide)
 * into the single messages.json Chrome and Firefox read from _locales/<lang>/.
 * Throws on a key defined twice, so a collision fails the build instead of hiding a string.
 */
export function mergeLocale(root: string, lang: string): MessageFile {
  const dir = join(root, 'locales', lang);
  const merged: MessageFile = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as MessageFile;
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) {
        throw new Error(`locales/${lang}/${file}: message "${key}" is already defined`);
      }
      merged[key] = value;
    }
  }
  return merged;
}
