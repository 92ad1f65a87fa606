/**
 * What lib/app has to tell the user, as a key of locales/<lang>/*.json and its values: lib/app
 * decides what to say, lib/ui says it (`say` in lib/ui/i18n.ts), so lib/app never imports the UI.
 * `raw`: a text that is already the message (a storage error as the browser worded it).
 */
export type Message = { key: string; subs: readonly MessageValue[] } | { raw: string };
/** A value put in a message: text, a number, or another message (a right's name, say). */
export type MessageValue = string | number | Message;

export const message = (key: string, ...subs: MessageValue[]): Message => ({ key, subs });

/** Says a message in the user's language, with the UI's translator (lib/ui/i18n.ts `t`). */
export type Say = (message: Message) => string;
