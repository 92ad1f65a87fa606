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

/**
 * The language of a text by stopword frequencies: each word votes for the languages listing it
 * (split evenly when several do). 'und' when too few stopwords are found or two languages tie.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const scores = new Map<string, number>();
  let words = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++words > MAX_WORDS) {
      break;
    }
    const langs = INDEX.get(match[0]);
    for (const lang of langs ?? []) {
      scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs!.length);
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
