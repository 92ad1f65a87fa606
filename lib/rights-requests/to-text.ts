import { dropControls } from './encoding';
import type { Message } from './to-mailto';
import { oneLineSubject } from './to-mailto';

/** What "copy" puts on the clipboard: the subject line, a blank line, the body. */
export function toText(message: Pick<Message, 'subject' | 'body'>): string {
  return `${oneLineSubject(message.subject)}\n\n${dropControls(message.body).replace(/\r\n?/g, '\n')}`;
}
