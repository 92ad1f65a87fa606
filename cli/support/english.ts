import { fileURLToPath } from 'node:url';
import { translateFrom, type Translate } from '../../lib/policy-analysis/summarize';
import { mergeLocale } from '../../scripts/locales';

let cached: Translate | undefined;

/** The project root: from this file when it runs from disk (tsx), the cwd otherwise (vitest). */
function projectRoot(): string {
  const root = new URL('../..', import.meta.url);
  return root.protocol === 'file:' ? fileURLToPath(root) : process.cwd();
}

/**
 * The extension's own English messages (locales/en/*.json) as a Translate, so the CLI prints what
 * the popup shows an English reader instead of keeping a second copy of the wording.
 */
export function english(): Translate {
  cached ??= translateFrom(mergeLocale(projectRoot(), 'en'));
  return cached;
}
