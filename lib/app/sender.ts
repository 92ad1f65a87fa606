/**
 * Rightful has no runtime message handler today (SECURITY.md): the popup and dashboard call the
 * extension APIs themselves. Any handler added later (runtime.onMessage, onMessageExternal,
 * onConnect) must first check its sender with this helper — tests/unit/security/
 * message-handlers.test.ts fails for a handler file that does not — and zod-parse the message.
 */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/**
 * True only for Rightful's own extension pages and worker: same extension id, an URL under the
 * extension's own origin, and no tab (a content script runs in a tab, in a world the page can
 * tamper with, so its messages are page data, never commands).
 */
export function isOwnExtensionSender(sender: MessageSenderLike, extensionOrigin: string): boolean {
  const origin = extensionOrigin.replace(/\/+$/, '');
  const id = /^[a-z-]+:\/\/([^/]+)$/.exec(origin)?.[1];
  return (
    id !== undefined &&
    sender.id === id &&
    sender.tab === undefined &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(`${origin}/`)
  );
}
