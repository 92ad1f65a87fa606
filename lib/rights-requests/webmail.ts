import { dropControls } from './encoding';
import { oneLineSubject, type Message } from './to-mailto';
import { validateRecipient, type RecipientErrorCode } from './validate-recipient';
import { err, ok, type Result } from '../shared/result';

export const Webmail = ['gmail', 'outlook'] as const;
export type Webmail = (typeof Webmail)[number];

/**
 * Compose links of the two big webmails (documented nowhere officially; these are the forms both
 * have accepted for years). Each value is percent-encoded, so the recipient and text stay single
 * parameters. Refuses an invalid recipient like every other output.
 */
export function webmailUrl(
  service: Webmail,
  message: Message,
): Result<string, { code: 'invalid-recipient'; reason: RecipientErrorCode }> {
  const to = validateRecipient(message.to);
  if (!to.ok) {
    return err({ code: 'invalid-recipient', reason: to.error });
  }
  const enc = encodeURIComponent;
  const subject = enc(oneLineSubject(message.subject));
  const body = enc(dropControls(message.body).replace(/\r\n?/g, '\n'));
  const recipient = enc(to.value);
  return ok(
    service === 'gmail'
      ? `https://mail.google.com/mail/?view=cm&fs=1&to=${recipient}&su=${subject}&body=${body}`
      : `https://outlook.live.com/mail/0/deeplink/compose?to=${recipient}&subject=${subject}&body=${body}`,
  );
}
