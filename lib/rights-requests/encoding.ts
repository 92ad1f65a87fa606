import { cleanText } from '../shared/clean-text';

/** Byte-level helpers for mail formats, without Buffer or btoa (this code also runs in Node). */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** Every line break (CR, LF or CRLF) becomes CRLF, as RFC 5322 §2.3 and RFC 6068 §5 require. */
export function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/**
 * Control characters other than line breaks and tabs are dropped: they have no business in a
 * letter and some mail clients treat them as separators; so are bidi controls and zero-width
 * characters. A lone surrogate becomes U+FFFD, since encodeURIComponent throws on it. The one
 * sanitiser: lib/shared/clean-text.ts.
 */
export function dropControls(text: string): string {
  return cleanText(text);
}
