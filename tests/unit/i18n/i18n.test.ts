import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  formatDate,
  formatNumber,
  loadMessages,
  t,
  uiLanguage,
  uiLocale,
  userLocale,
  useUiLanguage,
} from '../../../lib/ui/i18n';
import { UI_LANGUAGES } from '../../../lib/shared/ui-languages';
import { mergeLocale } from '../../../scripts/locales';
import { installFakeI18n } from '../../support/fake-i18n';

afterEach(async () => {
  await useUiLanguage(undefined);
});

describe('t() follows the browser by default', () => {
  it('reads browser.i18n: French browser, French text', () => {
    installFakeI18n('fr');
    expect(t('dash_title')).toBe('Vos demandes');
    expect(uiLanguage()).toBe('fr');
  });

  it('shows the key of a message that does not exist, never a blank', () => {
    expect(t('no_such_key')).toBe('no_such_key');
  });
});

describe('useUiLanguage: the user chose a language', () => {
  it('speaks Polish in an English browser, then the browser again on "auto"', async () => {
    await useUiLanguage('pl');
    expect(t('dash_title')).toBe('Twoje żądania');
    expect(t('dash_list_title', 3)).toBe('Żądania (3)');
    expect(uiLanguage()).toBe('pl');
    await useUiLanguage('auto');
    expect(t('dash_title')).toBe('Your requests');
    expect(uiLanguage()).toBe('en');
  });

  it('ignores a code that is not a UI language', async () => {
    await useUiLanguage('xx');
    expect(t('dash_title')).toBe('Your requests');
  });

  it.each(UI_LANGUAGES)(
    '%s: the bundle loads exactly the messages the build ships',
    async (lang) => {
      expect(await loadMessages(lang)).toEqual(mergeLocale(process.cwd(), lang));
    },
  );

  it('fills $n as Chrome does: by position, "$$" is a dollar, a missing value is empty', async () => {
    await useUiLanguage('es');
    expect(t('dash_sent_to', 'ayer', 'ACME')).toBe('ayer, a ACME');
    expect(t('dash_sent_to', 'x')).toBe('x, a ');
  });

  it.each([
    ['en', 'Mar 1, 2026, to ACME'],
    ['fr', 'le 1 mars 2026, à ACME'],
    ['de', 'am 01.03.2026 an ACME'],
    ['es', '1 mar 2026, a ACME'],
  ])("%s: a value that is a date (YYYY-MM-DD) is written the language's way", async (lang, out) => {
    await useUiLanguage(lang);
    expect(t('dash_sent_to', '2026-03-01', 'ACME')).toBe(out);
    // Only a whole date is a date: a value that merely contains one is left as it is.
    expect(t('dash_sent_to', 'v2026-03-01', 'ACME')).toContain('v2026-03-01');
  });
});

describe('plural forms through Intl.PluralRules', () => {
  // summarize() asks for "_one" when the count is 1 and "_other" otherwise; t() refines it.
  it.each([
    ['pl', 'summary_unit_Y_other', '2', '2 lata'],
    ['pl', 'summary_unit_Y_other', '5', '5 lat'],
    ['pl', 'summary_unit_Y_other', '22', '22 lata'],
    ['pl', 'summary_unit_M_other', '12', '12 miesięcy'],
    ['pl', 'summary_unit_M_one', '1', '1 miesiąc'],
    ['pl', 'summary_unit_M_other', '1.5', '1.5 miesiąca'],
    // French: 0 takes the singular.
    ['fr', 'summary_unit_D_other', '0', '0 jour'],
    ['en', 'summary_unit_D_other', '0', '0 days'],
    ['de', 'summary_unit_W_other', '3', '3 Wochen'],
  ])('%s %s(%s) → %s', async (lang, key, count, expected) => {
    await useUiLanguage(lang);
    expect(t(key, count)).toBe(expected);
  });

  it('follows the browser language too (browser.i18n has the Polish forms)', () => {
    installFakeI18n('pl');
    expect(t('summary_unit_D_other', '5')).toBe('5 dni');
  });
});

describe('dates and numbers through Intl in the UI language', () => {
  it.each([
    ['en', 'Mar 1, 2026', '1,234.5'],
    ['fr', '1 mars 2026', '1 234,5'],
    ['de', '01.03.2026', '1.234,5'],
    ['pl', '1 mar 2026', '1234,5'],
    ['pt', '01/03/2026', '1234,5'],
  ])('%s: %s, %s', async (lang, date, number) => {
    await useUiLanguage(lang);
    expect(formatDate('2026-03-01')).toBe(date);
    expect(formatNumber(1234.5).replace(/\s/g, ' ')).toBe(number.replace(/\s/g, ' '));
  });

  it('uses the European Portuguese locale for pt, the browser locale on auto', async () => {
    await useUiLanguage('pt');
    expect(uiLocale()).toBe('pt-PT');
    await useUiLanguage(undefined);
    installFakeI18n('fr');
    fakeBrowser.i18n.getUILanguage = () => 'fr-CA';
    expect(uiLocale()).toBe('fr-CA');
    expect(uiLanguage()).toBe('fr');
  });

  it('speaks the language of the messages the browser picked, whatever getUILanguage says', () => {
    // Headless Chromium with --lang=pl: Polish messages, getUILanguage() "en-US" (measured).
    installFakeI18n('pl');
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(uiLanguage()).toBe('pl');
    expect(uiLocale()).toBe('pl');
    // A Swedish browser gets the default messages, English: dates in English too.
    installFakeI18n('en');
    fakeBrowser.i18n.getUILanguage = () => 'sv-SE';
    expect(uiLocale()).toBe('en');
    // A Brazilian browser reads our Portuguese, with Brazilian dates.
    installFakeI18n('pt');
    fakeBrowser.i18n.getUILanguage = () => 'pt-BR';
    expect(uiLocale()).toBe('pt-BR');
  });

  it('userLocale: the UI language with the browser region', async () => {
    installFakeI18n('de');
    fakeBrowser.i18n.getUILanguage = () => 'de-AT';
    expect(userLocale()).toBe('de-AT');
    await useUiLanguage('pl');
    expect(userLocale()).toBe('pl-AT');
    fakeBrowser.i18n.getUILanguage = () => 'de';
    expect(userLocale()).toBe('pl');
  });

  it('leaves a malformed date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});
