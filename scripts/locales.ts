import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LANGUAGES } from '../lib/shared/ui-languages';

export { browserLocaleDirs, UI_LANGUAGES, type UiLanguage } from '../lib/shared/ui-languages';

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

/**
 * Plural forms beyond English's one/other (Intl.PluralRules categories, e.g. Polish few/many):
 * a language may add `<base>_few` where en has `<base>_other`; lib/ui/i18n.ts picks the form.
 */
const EXTRA_PLURAL = /^(.+)_(zero|two|few|many)$/;

/**
 * Messages that may read exactly as in English: names and codes, and words the language shares
 * with English. Anything else identical to English counts as untranslated.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  '*': ['extName', 'popup_title', 'summary_sec_https', 'verdict_article_ccpa'],
  fr: [
    'dash_right_rectification',
    'dash_site',
    'dash_event_note',
    'dash_action_date',
    'summary_sec_anonymisation',
    'summary_sec_pseudonymisation',
    'summary_right_information',
    'summary_right_rectification',
  ],
  de: ['dash_filter_status', 'dash_status', 'dash_letter_body', 'req_field_name'],
  es: ['dash_law_ccpa'],
  it: ['dash_law_pipeda', 'req_law_pipeda', 'contacts_kind_email'],
  nl: [
    'dash_filter_status',
    'dash_status',
    'dash_law_pipeda',
    'req_law_pipeda',
    'help_title',
    'summary_unit_W_one',
    'summary_rc_partners',
  ],
  pt: ['dash_site'],
  pl: [],
};

export type LocaleProblems = {
  lang: string;
  missing: string[];
  extra: string[];
  untranslated: string[];
  /** Keys whose $1…$9 differ from English (a lost or invented value). */
  substitutions: string[];
};

const substitutions = (text: string) =>
  [...text.matchAll(/\$\d/g)]
    .map((m) => m[0])
    .sort()
    .join(',');

/** The shipped languages, then any other folder of locales/ (a language on its way in). */
export function localeLanguages(root: string): string[] {
  const folders = readdirSync(join(root, 'locales')).sort();
  return [...new Set<string>([...UI_LANGUAGES, ...folders])];
}

/** What each language lacks compared with English; the CLI and tests/meta both use this. */
export function checkLocales(
  root: string,
  languages: readonly string[] = localeLanguages(root),
): LocaleProblems[] {
  const en = mergeLocale(root, 'en');
  return languages
    .filter((lang) => lang !== 'en')
    .map((lang) => {
      const messages = existsSync(join(root, 'locales', lang)) ? mergeLocale(root, lang) : {};
      const allowed = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[lang] ?? [])]);
      const problems: LocaleProblems = {
        lang,
        missing: [],
        extra: [],
        untranslated: [],
        substitutions: [],
      };
      for (const [key, { message }] of Object.entries(en)) {
        const own = messages[key]?.message;
        if (own === undefined || own.trim() === '') {
          problems.missing.push(key);
        } else if (own === message && !allowed.has(key)) {
          problems.untranslated.push(key);
        } else if (substitutions(own) !== substitutions(message)) {
          problems.substitutions.push(key);
        }
      }
      for (const [key, { message }] of Object.entries(messages)) {
        if (key in en) {
          continue;
        }
        const base = EXTRA_PLURAL.exec(key)?.[1];
        const other = base === undefined ? undefined : en[`${base}_other`]?.message;
        if (other === undefined || substitutions(other) !== substitutions(message)) {
          problems.extra.push(key);
        }
      }
      return problems;
    });
}

/** Number of problems in a report (0: every language is complete). */
export const countProblems = (report: LocaleProblems[]) =>
  report.reduce(
    (n, p) =>
      n + p.missing.length + p.extra.length + p.untranslated.length + p.substitutions.length,
    0,
  );

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'aeiouycnsrzlAEIOUYCNSRZL'].map((c, i) => [c, [...'âéîõüÿçñšŕžłÂÉÎÕÜŸÇÑŠŔŽŁ'][i] ?? c]),
);

/**
 * A pseudo-locale for layout tests: every letter accented, every vowel doubled (about 40 % longer,
 * as German or Polish often are) and the text bracketed, so a cut end shows. $n stays as it is.
 */
export function pseudoLocalize(messages: MessageFile): MessageFile {
  const stretch = (text: string) =>
    text
      .split(/(\$\$|\$\d)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : [...part]
              .map((c) => {
                const accented = ACCENTED[c] ?? c;
                return /[aeiouy]/i.test(c) ? accented + accented : accented;
              })
              .join(''),
      )
      .join('');
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      // Codes read by the code itself (ui_language) stay as they are.
      { message: key === 'ui_language' ? value.message : `⟦${stretch(value.message)}⟧` },
    ]),
  );
}
