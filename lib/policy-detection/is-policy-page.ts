import { matchUrl } from './find-policy-links';
import { LINK_LEXICON, POLICY_VOCABULARY } from './link-lexicon.data';
import { hasPhrase, normalize } from './normalize';

/**
 * Is the page itself a privacy policy? Three signals: its title or first heading names one, its
 * URL path does, and its text is dense in privacy vocabulary. A home page with a cookie banner has
 * the vocabulary in a few lines only; a policy has it throughout.
 */
const TITLE_PHRASES = Object.values(LINK_LEXICON).flatMap((l) => l.privacy.map(normalize));
/** Vocabulary hits per 1,000 words above which a text reads as a policy. */
export const DENSITY_THRESHOLD = 4;
const MIN_HITS = 6;

export function vocabularyDensity(text: string): { hits: number; words: number; density: number } {
  const sample = normalize(text.slice(0, 200_000));
  const words = sample ? sample.split(' ').length : 0;
  let hits = 0;
  for (const term of POLICY_VOCABULARY) {
    for (let i = sample.indexOf(term); i !== -1; i = sample.indexOf(term, i + term.length)) {
      hits++;
    }
  }
  return { hits, words, density: words ? (hits * 1000) / words : 0 };
}

export function titleNamesPolicy(title: string): boolean {
  const t = normalize(title);
  return TITLE_PHRASES.some((p) => hasPhrase(t, p));
}

/** Score ≥ 3 of: title or h1 names a privacy policy (2), URL does (1), dense vocabulary (2). */
export function isPolicyText(args: {
  title: string;
  url: string;
  text: string;
  h1?: string;
}): boolean {
  const score =
    (titleNamesPolicy(args.title) || titleNamesPolicy(args.h1 ?? '') ? 2 : 0) +
    // matchUrl tries the privacy tokens first: 'privacy' exactly when one is in the URL path.
    (matchUrl(args.url)?.kind === 'privacy' ? 1 : 0);
  // Speed: the vocabulary is counted only when it decides (score 1 or 2), not on every page.
  if (score % 3 === 0) {
    return score > 0;
  }
  const { hits, density } = vocabularyDensity(args.text);
  return hits >= MIN_HITS && density >= DENSITY_THRESHOLD;
}
