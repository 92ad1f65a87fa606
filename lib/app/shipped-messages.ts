import { browser } from 'wxt/browser';
import * as z from 'zod';
import { browserLocaleDirs, type UiLanguage } from '../shared/ui-languages';

const MessageFile = z.record(z.string(), z.object({ message: z.string() }));

/**
 * A UI language's messages as the extension ships them (_locales/<dir>/messages.json, what
 * browser.i18n reads), for the background: a Chrome MV3 service worker refuses import(), so it
 * cannot load the bundle's message chunks (HTML spec; "import() is disallowed on
 * ServiceWorkerGlobalScope"). Reading a file of our own package is not a network request.
 */
export async function shippedMessages(
  lang: UiLanguage,
): Promise<Readonly<Record<string, { message: string }>>> {
  const dir = browserLocaleDirs(lang).at(-1) ?? lang;
  const url = (browser.runtime.getURL as (path: string) => string)(
    `/_locales/${dir}/messages.json`,
  );
  const response = await fetch(url);
  return MessageFile.parse(await response.json());
}
