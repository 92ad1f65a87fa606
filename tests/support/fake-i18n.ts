import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeLocale, type MessageFile } from '../../scripts/locales';

// vitest runs from the project root.
const root = process.cwd();
const cache = new Map<string, MessageFile>();

/** The merged messages of one UI language: the very strings the extension ships. */
export function loadMessages(lang: string): MessageFile {
  let messages = cache.get(lang);
  if (!messages) {
    messages = mergeLocale(root, lang);
    cache.set(lang, messages);
  }
  return messages;
}

/** browser.i18n is not implemented by the fake browser: serve the real message files, as Chrome does. */
export function installFakeI18n(lang: string): void {
  const messages = loadMessages(lang);
  fakeBrowser.i18n.getMessage = (key: string, subs?: string | (string | number)[]) => {
    const entry = messages[key];
    if (!entry) {
      return '';
    }
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\d)/g, (_, n: string) => String(list[Number(n) - 1] ?? ''));
  };
  fakeBrowser.i18n.getUILanguage = () => lang;
}
