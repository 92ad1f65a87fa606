import { cleanLine } from '../shared/clean-text';
import { crlf, dropControls } from './encoding';
import { validateRecipient, type RecipientErrorCode } from './validate-recipient';
import { err, ok, type Result } from '../shared/result';

/**
 * Beyond about 2,000 characters some browsers and mail clients cut or refuse mailto: URLs
 * (Internet Explorer/Edge legacy limit 2,083; Outlook desktop truncates long bodies), so the UI
 * offers copy instead.
 */
export const MAILTO_MAX_LENGTH = 2000;

export type MailtoError =
  | { code: 'invalid-recipient'; reason: RecipientErrorCode }
  | { code: 'too-long'; length: number; max: number };

export interface Message {
  to: string;
  subject: string;
  body: string;
}

/** Subject: one line, always (a line break there would be a header injection elsewhere). */
export function oneLineSubject(subject: string): string {
  return cleanLine(subject);
}

/**
 * RFC 6068 mailto: URL. The address is validated (never encoded into something else); subject and
 * body are UTF-8 percent-encoded (§2), body line breaks as %0D%0A (§5). encodeURIComponent also
 * encodes "&", "=", "?", "#" and "%", so nothing in the text can start another header field.
 */
export function toMailto(message: Message, max = MAILTO_MAX_LENGTH): Result<string, MailtoError> {
  const to = validateRecipient(message.to);
  if (!to.ok) {
    return err({ code: 'invalid-recipient', reason: to.error });
  }
  const subject = encodeURIComponent(oneLineSubject(message.subject));
  const body = encodeURIComponent(crlf(dropControls(message.body)));
  const url = `mailto:${to.value}?subject=${subject}&body=${body}`;
  return url.length > max ? err({ code: 'too-long', length: url.length, max }) : ok(url);
}
