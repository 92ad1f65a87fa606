import { browser } from 'wxt/browser';

/**
 * Every string a user reads goes through here (browser.i18n, messages in locales/<lang>/*.json).
 * A missing key shows the key itself, so a gap is visible, never blank; tests/meta checks that
 * every key used in the code exists in en, fr and de.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  // WXT types getMessage with the keys of public/_locales; ours are merged from locales/ at build.
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (
    name: string,
    subs?: string[],
  ) => string;
  const message = getMessage(key, substitutions.map(String));
  return message === '' ? key : message;
}

/** The language the browser UI is in, as a base subtag ("fr" for "fr-CA"). */
export function uiLanguage(): string {
  return (browser.i18n.getUILanguage() || 'en').split('-')[0] ?? 'en';
}
