import { toMailto } from '../../lib/rights-requests/to-mailto';

/**
 * A mailto: URL for a letter, built by the one door (lib/rights-requests/to-mailto: recipient
 * validated, subject one line, every value percent-encoded), or undefined when the address is
 * refused. No length cap here: the letter is also shown in full with a copy button.
 */
export function mailtoUrl(to: string | null | undefined, subject: string, body: string) {
  const url = to ? toMailto({ to, subject, body }, Number.POSITIVE_INFINITY) : undefined;
  return url?.ok ? url.value : undefined;
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
