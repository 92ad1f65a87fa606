import type { Law, RequestEventType, RequestKind } from '../schema';
import { LETTERS_DE } from './letters-de.data';
import { LETTERS_EN } from './letters-en.data';
import { LETTERS_FR } from './letters-fr.data';

/**
 * Escalation letters per language, as data (our own words). Placeholders in {braces} are filled by
 * letter-context.ts; a paragraph whose placeholders are all empty is dropped. Adding a language is
 * adding an entry here.
 */
export interface LetterTexts {
  /** BCP 47 locale for dates ('2 March 2026'). */
  locale: string;
  laws: Record<Law, string>;
  /** The law after "of"/"de" where the language contracts it (French "du RGPD"). */
  lawsOf: Record<Law, string>;
  /** Citations in this language, by period-rule key; the rule's own (English) one otherwise. */
  citations: Record<string, string>;
  rights: Record<RequestKind, string>;
  units: Record<'months' | 'calendar-days' | 'business-days', { one: string; other: string }>;
  events: Record<RequestEventType, string>;
  /** The 'escalated' event when it went to the authority, and the authority when unnamed. */
  complaintLodged: string;
  theAuthority: string;
  followUp: {
    subject: string;
    paragraphs: readonly string[];
    extended: string;
    paused: string;
    warnAuthority: string;
    warnGeneric: string;
  };
  complaint: {
    subject: string;
    paragraphs: readonly string[];
    legalBasis: Partial<Record<Law, string>>;
    statusUnanswered: string;
    statusAnswered: string;
  };
  /** Shown (not sent) when the wanted language has no template. */
  fallback: string;
}

/** Templates by language (primary subtag); adding a language is adding a file here. */
export const LETTER_TEXTS: Readonly<Record<string, LetterTexts>> = {
  en: LETTERS_EN,
  fr: LETTERS_FR,
  de: LETTERS_DE,
};
