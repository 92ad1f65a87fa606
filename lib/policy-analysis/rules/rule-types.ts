import type { Label } from '../taxonomy';

/**
 * One weighted cue: a regular-expression source (compiled case-insensitive and Unicode-aware
 * unless `caseSensitive`) whose match adds `weight` to each of `labels`. Negative weights
 * argue against a label (e.g. "third-party websites' practices" is not sharing).
 */
export interface Cue {
  pattern: string;
  weight: number;
  labels: readonly Label[];
  caseSensitive?: boolean;
}

/** The rules of one language: cues on the sentence text, and cues on its heading path. */
export interface LanguageRules {
  sentence: readonly Cue[];
  heading: readonly Cue[];
}

/** Shorthand for the data files: cue('we collect', 1.5, 'opp:first-party'). */
export function cue(pattern: string, weight: number, ...labels: Label[]): Cue {
  return { pattern, weight, labels };
}

/** A case-sensitive cue (proper names, legal-form suffixes). */
export function cueCs(pattern: string, weight: number, ...labels: Label[]): Cue {
  return { pattern, weight, labels, caseSensitive: true };
}

/**
 * An email address, for every language's rules. The lookbehind holds every character the local
 * part may contain, so a match never starts inside a run of them: '.'×n or 'a-'×n+'@' is one
 * attempt per run (linear), not one per character (quadratic; issue 10, item 3).
 */
export const EMAIL_CUE = String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+`;
