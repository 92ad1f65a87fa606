import * as z from 'zod';

/**
 * The one sanitiser for text that comes from a page, a policy or an import file and ends up in
 * what Rightful shows or writes (names in letters, the ledger, the .ics export, the dashboard;
 * quotes in letters; subjects and bodies of mail). Issue 10, item 9: three helpers with three
 * different character classes let bidi controls and zero-width characters through.
 */

/** C0 and C1 controls except tab, LF and CR (those are handled by each function). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Every line break a text may carry: CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters that change how text is shown without being seen (Unicode TR #9 and TR #36):
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E,
 * U+200F and U+061C; zero-width space, joiners, word joiner and invisible operators (U+200B–U+200D,
 * U+2060–U+2064), the byte-order mark U+FEFF, the Mongolian vowel separator U+180E and the
 * soft hyphen U+00AD. "‮moc.evil" must not read as "live.com" in a letter or the ledger.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A lone surrogate (text cut mid-character): encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Multi-line text (a letter's body, a note): line breaks become "\n", tabs stay, controls and
 * invisible characters go, lone surrogates become U+FFFD.
 */
export function cleanText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * One line (a name, a subject, a quote): everything `cleanText` removes, and line breaks and tabs
 * become single spaces; trimmed. A name can never add a line, let alone a header.
 */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** A name or one-line value read from outside (page, import): cleaned, never empty. */
export const CleanLine = z.string().transform(cleanLine).pipe(z.string().min(1));
/** Free text read from outside (an imported note): cleaned, lines kept. */
export const CleanText = z.string().transform(cleanText);
