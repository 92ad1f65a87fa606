import * as z from 'zod';

const Address = z.email();

/**
 * A mailto: URL (RFC 6068) for a letter, or undefined when the address is not one plain e-mail
 * address: a stray "?", "&", "," or line break would add recipients or headers.
 */
export function mailtoUrl(to: string | null | undefined, subject: string, body: string) {
  if (!to || !Address.safeParse(to).success) {
    return undefined;
  }
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Only web pages are linked (the authorities data is bundled, but a link is still checked). */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) {
    return undefined;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
