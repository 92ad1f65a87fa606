import * as z from 'zod';

/**
 * What fetching a policy can give, and the pure decisions about it: is the body HTML, a PDF or
 * something else; which charset (HTTP header, then BOM, then <meta charset> / http-equiv, as the
 * HTML standard's encoding sniffing does in that spirit); which failure a thrown error means.
 * lib/app/fetch-policy.ts does the I/O.
 */
export const FetchErrorKind = z.enum([
  'timeout',
  'too-large',
  'not-html',
  'pdf',
  'http',
  'network',
  'redirect-loop',
  // A redirect to an address the caller may not read (`url`: that address; lib/app/fetch-policy).
  'redirect-not-allowed',
  // A redirect the browser followed and then refused, without saying where (`url`: the request).
  'redirect-hidden',
]);
export type FetchErrorKind = z.infer<typeof FetchErrorKind>;

export const FetchError = z.object({
  kind: FetchErrorKind,
  status: z.number().int().optional(),
  url: z.string(),
  contentType: z.string().optional(),
});
export type FetchError = z.infer<typeof FetchError>;

export const FetchedPolicy = z.object({
  /** Final URL, after redirects. */
  url: z.string(),
  html: z.string(),
  contentType: z.string(),
  truncated: z.literal(false),
});
export type FetchedPolicy = z.infer<typeof FetchedPolicy>;

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
const SNIFF_BYTES = 1024;

export type BodyKind = 'html' | 'text' | 'pdf' | 'other';

function mimeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A plain-text policy is accepted (the caller uses textToBlocks); PDFs and the rest are not. */
export function bodyKind(contentType: string | null, head: Uint8Array): BodyKind {
  const mime = mimeOf(contentType);
  const start = latin1(head.subarray(0, 8));
  if (mime === 'application/pdf' || start.startsWith('%PDF-')) {
    return 'pdf';
  }
  if (mime === 'text/html' || mime === 'application/xhtml+xml') {
    return 'html';
  }
  if (mime === 'text/plain') {
    return 'text';
  }
  if (mime === '' || mime === 'application/octet-stream') {
    // No or generic type: sniff for markup (WHATWG MIME Sniffing, "identifying a resource with an unknown MIME type").
    return /^\s*<(?:!doctype html|html|head|body|p|div|!--)/i.test(
      latin1(head.subarray(0, SNIFF_BYTES)),
    )
      ? 'html'
      : 'other';
  }
  return 'other';
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += String.fromCharCode(b);
  }
  return out;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The charset label to decode with; utf-8 when nothing (or nothing usable) is declared. */
export function charsetOf(contentType: string | null, bytes: Uint8Array): string {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (header && supported(header)) {
    return header.toLowerCase();
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return 'utf-8';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'utf-16le';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'utf-16be';
  }
  const head = latin1(bytes.subarray(0, SNIFF_BYTES));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return meta && supported(meta) ? meta.toLowerCase() : 'utf-8';
}

/**
 * windows-1252's 0x80–0x9F (€, ‚, ƒ, „, …). The Encoding Standard maps the iso-8859-1 and latin1
 * labels to windows-1252 too; some TextDecoders (Node's) decode those bytes as C1 controls instead.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252 =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii)$/;

export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = charsetOf(contentType, bytes);
  const text = new TextDecoder(charset).decode(bytes);
  return WINDOWS_1252.test(charset)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

/** What a thrown fetch error means. Browsers hide details ("Failed to fetch"); undici names redirects. */
export function failureKind(error: unknown, timedOut: boolean): FetchErrorKind {
  if (timedOut) {
    return 'timeout';
  }
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    messages.push(e instanceof Error ? e.message : typeof e === 'string' ? e : '');
    e = e instanceof Error ? e.cause : undefined;
  }
  const text = messages.join(' ');
  return /redirect/i.test(text) ? 'redirect-loop' : 'network';
}
