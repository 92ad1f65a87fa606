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
  if (!best || best[1] < MIN_HITS || (second && second[1] === best[1])) {
    return 'und';
  }
  return best[0] as DetectedLanguage;
}
