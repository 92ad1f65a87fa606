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
  /** BCP 47 locale for dates ('2 March 2026') and plural rules. */
  locale: string;
  /** How the day 1 is written where it is an ordinal (French '1er'). */
  firstOfMonth?: string;
  /** Between a date and its text (French typography: a space before the colon). */
  colon: string;
  /** A count of days, by plural category (Intl.PluralRules). */
  days: { one: string; other: string };
  /** LGPD small agents: ' Small processing agents have {smallPeriod} ({smallCitation})…' */
  smallAgent: string;
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
    /** The law sets no period for this right: the subject claims no deadline. */
    subjectNoPeriod: string;
    /** UK since 19 Jun 2026: a complaint to the controller under DPA 2018 s. 164A. */
    ukComplaintSubject: string;
    ukComplaint: string;
    paragraphs: readonly string[];
    /** {deadline}: the statutory period, its citation and end; or `noPeriod`. */
    deadline: string;
    noPeriod: string;
    extended: string;
    paused: string;
    warnAuthority: string;
    warnGeneric: string;
  };
  complaint: {
    subject: string;
    subjectNoPeriod: string;
    paragraphs: readonly string[];
    deadline: string;
    noPeriod: string;
    /** UK: the complaint to the controller made first (DPA 2018 s. 164A). */
    ukPriorComplaint: string;
    legalBasis: Partial<Record<Law, string>>;
    statusUnanswered: string;
    statusAnswered: string;
  };
  /**
   * Per-law wording applied to the finished letter: a law's own vocabulary (Canadian French says
   * "organisation", not the GDPR's "responsable du traitement") or spelling (Swiss German has no ß).
   */
  vocabulary?: Partial<Record<Law, readonly (readonly [string, string])[]>>;
  /** Shown (not sent) when the wanted language has no template. */
  fallback: string;
}

/** Templates by language (primary subtag); adding a language is adding a file here. */
export const LETTER_TEXTS: Readonly<Record<string, LetterTexts>> = {
  en: LETTERS_EN,
  fr: LETTERS_FR,
  de: LETTERS_DE,
};
