import { fileURLToPath } from 'node:url';
import { translateFrom, type Translate } from '../../lib/policy-analysis/summarize';
import { mergeLocale } from '../../scripts/locales';

let cached: Translate | undefined;

/**
 * The extension's own English messages (locales/en/*.json) as a Translate, so the CLI prints what
 * the popup shows an English reader instead of keeping a second copy of the wording.
 */
export function english(): Translate {
  cached ??= translateFrom(mergeLocale(fileURLToPath(new URL('../..', import.meta.url)), 'en'));
  return cached;
}
