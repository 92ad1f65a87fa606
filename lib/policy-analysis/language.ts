import { STOPWORDS } from './rules/stopwords.data';

export type DetectedLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'und';

/** Word → the languages whose stopword list holds it (built once from the data). */
const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of words) {
    INDEX.set(word, [...(INDEX.get(word) ?? []), lang]);
  }
}

/** Enough to decide on a sentence; a policy is read only up to this many words (speed). */
const MAX_WORDS = 2000;
const MIN_HITS = 2;
/**
 * In a text of our languages one word in five or more is a stopword (policies measured: 0.15–0.45);
 * a longer text where fewer than one in ten is, is in another language (Swedish, Czech, …), which
 * must not be read as its nearest neighbour ("nl" for Swedish).
 */
const MIN_SHARE = 0.1;
const SHARE_FROM_WORDS = 40;

/** Whether a code point is a letter (`\p{L}`), remembered per BMP code unit beyond ASCII. */
const LETTER = /^\p{L}$/u;
const letterCache = new Int8Array(0x10000); // 0: not asked yet, 1: letter, -1: not
function isLetter(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  if (code > 0xffff) {
    return LETTER.test(String.fromCodePoint(code));
  }
  if (letterCache[code] === 0) {
    letterCache[code] = LETTER.test(String.fromCharCode(code)) ? 1 : -1;
  }
  return letterCache[code] === 1;
}

/**
 * The language of a text by stopword frequencies: each word votes for the languages listing it
 * (split evenly when several do). 'und' when too few stopwords are found or two languages tie.
 * Words are the runs of letters (`\p{L}+`) of the lower-cased text, read by hand (speed: a
 * `matchAll` over a Unicode regexp built a match object per word).
 */
export function detectLanguage(text: string): DetectedLanguage {
  const scores = new Map<string, number>();
  const lower = text.toLowerCase();
  let words = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    let code = i < lower.length ? lower.charCodeAt(i) : -1;
    if (code >= 0xd800 && code <= 0xdbff) {
      code = lower.codePointAt(i)!; // an astral character, or a lone high surrogate
    }
    const letter = code !== -1 && isLetter(code);
    if (letter && start === -1) {
      start = i;
    } else if (!letter && start !== -1) {
      if (++words > MAX_WORDS) {
        break;
      }
      const langs = INDEX.get(lower.slice(start, i));
      for (const lang of langs ?? []) {
        scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs!.length);
      }
      start = -1;
    }
    if (code > 0xffff) {
      i++; // the low surrogate of an astral character
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const counted = Math.min(words, MAX_WORDS);
  if (
    !best ||
    best[1] < MIN_HITS ||
    (second && second[1] === best[1]) ||
    (counted >= SHARE_FROM_WORDS && best[1] / counted < MIN_SHARE)
  ) {
    return 'und';
  }
  return best[0] as DetectedLanguage;
}
