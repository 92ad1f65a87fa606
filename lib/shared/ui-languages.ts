/**
 * UI languages: the EU's eight most spoken (issue 15). One home for the list: the build
 * (scripts/locales.ts), the i18n layer and the language setting read it from here. Adding one is
 * a folder under locales/ plus its code here; `npm run cli -- locales check` says what is missing.
 */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The locale Intl formats with when the user picks a language (our Portuguese is European). */
export const INTL_LOCALE: Readonly<Record<UiLanguage, string>> = {
  en: 'en',
  fr: 'fr',
  de: 'de',
  es: 'es',
  it: 'it',
  nl: 'nl',
  pt: 'pt-PT',
  pl: 'pl',
};

export const isUiLanguage = (value: string): value is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(value);

/**
 * The _locales folders a language is shipped in. Chrome accepts only the locale names of its own
 * list (https://developer.chrome.com/docs/extensions/reference/api/i18n#locales), which has
 * pt_PT and pt_BR but no bare "pt": our Portuguese (European, understood in Brazil) goes in both.
 */
export function browserLocaleDirs(lang: string): string[] {
  return lang === 'pt' ? ['pt_BR', 'pt_PT'] : [lang];
}
