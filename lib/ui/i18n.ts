import { browser } from 'wxt/browser';
import { INTL_LOCALE, isUiLanguage, type UiLanguage } from '../shared/ui-languages';
import type { Message } from '../app/message';

/**
 * Every string a user reads goes through here (messages in locales/<lang>/*.json). By default the
 * browser's language, through browser.i18n; when the user picks another language in the settings,
 * that language's messages are loaded from the bundle (browser.i18n cannot switch at run time).
 * A missing key shows the key itself, so a gap is visible, never blank; tests/meta checks that
 * every key used in the code exists and that every language has them all.
 */

export type Messages = Readonly<Record<string, { message: string }>>;
/** How a language's messages are read: the bundle's chunks, or (background) the _locales files. */
export type MessageLoader = (lang: UiLanguage) => Promise<Messages>;

/**
 * Each language's message files as lazily loaded chunks (Vite glob import): the popup's first
 * paint in the browser's language loads none of them.
 */
const FILES = import.meta.glob<Messages>('../../locales/*/*.json', { import: 'default' });

let chosen: { lang: UiLanguage; messages: Messages } | undefined;

/** The merged messages of one UI language, loaded from the bundle. */
export async function loadMessages(lang: UiLanguage): Promise<Messages> {
  const loaders = Object.entries(FILES).filter(([path]) => path.split('/').at(-2) === lang);
  const parts = await Promise.all(loaders.map(([, load]) => load()));
  return Object.assign({}, ...parts) as Messages;
}

/**
 * Speaks `lang` from now on (the user's choice); undefined, 'auto' or an unknown code: follows
 * the browser again. Call before the first render: already rendered text does not change.
 */
export async function useUiLanguage(
  lang: string | undefined,
  load: MessageLoader = loadMessages,
): Promise<void> {
  if (lang === undefined || !isUiLanguage(lang)) {
    chosen = undefined;
    return;
  }
  const messages = await load(lang);
  chosen = { lang, messages };
}

/** Chrome's substitution rules: $1…$9 by position, "$$" for a dollar sign. */
const substitute = (message: string, subs: readonly string[]) =>
  message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));

function lookup(key: string, subs: string[]): string {
  const own = chosen?.messages[key]?.message;
  if (own !== undefined) {
    return substitute(own, subs);
  }
  // WXT types getMessage with the keys of public/_locales; ours are merged from locales/ at build.
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (
    name: string,
    subs?: string[],
  ) => string;
  return getMessage(key, subs);
}

const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * "<base>_one" / "<base>_other" with a count as first value: the form the language's own plural
 * rule asks for (Intl.PluralRules; Polish 5 → "<base>_many"), when the language has that form.
 */
function pluralKey(key: string, subs: string[]): string | undefined {
  const base = PLURAL_KEY.exec(key)?.[1];
  const count = subs[0]?.trim() ? Number(subs[0]) : NaN;
  if (base === undefined || !Number.isFinite(count)) {
    return undefined;
  }
  const form = `${base}_${new Intl.PluralRules(uiLocale()).select(count)}`;
  return form === key ? undefined : form;
}

/** A value that is a calendar date and nothing else ("2026-03-20"). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The message `key` with its $1, $2… filled. A value that is a calendar date (YYYY-MM-DD) is
 * written the UI language's way ("Mar 20, 2026", "20 mars 2026", "20.03.2026"): dates reach the
 * messages as ISO strings from the domain code and are formatted here, in one place.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map((s) =>
    typeof s === 'string' && ISO_DATE.test(s) ? formatDate(s) : String(s),
  );
  const plural = pluralKey(key, subs);
  const message = (plural !== undefined ? lookup(plural, subs) : '') || lookup(key, subs);
  return message === '' ? key : message;
}

/**
 * The language of the messages browser.i18n picked, as each messages file names itself. Not
 * getUILanguage(): a Swedish browser gets our English, and headless Chromium started with
 * --lang=pl reads Polish messages while getUILanguage() still says en-US (measured).
 */
function browserTextLanguage(): UiLanguage {
  const own = lookup('ui_language', []);
  return isUiLanguage(own) ? own : 'en';
}

/**
 * The locale Intl formats with: the browser's own ("fr-CA", "pt-BR") when it is the language the
 * UI speaks, otherwise that language's (a Swedish browser reading English: "en").
 */
export function uiLocale(): string {
  const lang = chosen?.lang ?? browserTextLanguage();
  const browserLocale = browser.i18n.getUILanguage() || 'en';
  return browserLocale.split('-')[0] === lang ? browserLocale : INTL_LOCALE[lang];
}

/** The language the UI speaks: en, fr, de, es, it, nl, pt or pl. */
export function uiLanguage(): string {
  return uiLocale().split('-')[0] ?? 'en';
}

/**
 * The UI language with the browser's region ("pl" chosen in a de-DE browser: "pl-DE"): what the
 * request composer takes as the user's language and, as far as the browser says, country.
 */
export function userLocale(): string {
  const region = (browser.i18n.getUILanguage() || '').split(/[-_]/)[1];
  return region ? `${uiLanguage()}-${region}` : uiLanguage();
}

/** A calendar date (YYYY-MM-DD, no time zone) the way the UI language writes it. */
export function formatDate(isoDate: string, style: 'long' | 'medium' | 'short' = 'medium'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) {
    return isoDate;
  }
  // UTC on both sides: the date shown is the date given, whatever the machine's time zone.
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A number with the UI language's separators ("1 234,5" in French). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** A message from lib/app (a key and its values, or a raw text), in the user's language. */
export function say(m: Message): string {
  return 'raw' in m ? m.raw : t(m.key, ...m.subs.map((v) => (typeof v === 'object' ? say(v) : v)));
}
