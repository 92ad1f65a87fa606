import * as z from 'zod';
import type { RequestEventType } from '../deadlines/schema';
import { StatuteWord } from '../legal/statute-word';
import { Language, Law, Right } from '../legal/catalogue.data';

/**
 * The one template schema of every letter Rightful writes — requests to the controller,
 * follow-ups, complaints to the authority (DESIGN.md, house style 3 and 13). Letters are our own
 * wording, as data per language (lib/letters/<lang>/), filled by `fill` (fill.ts): a {placeholder}
 * with no value is an error, never an empty string, so a typo in a template fails the tests.
 */

/** Policy facts a request paragraph can depend on (`when` known, `unless` known). */
export const Condition = z.enum([
  'controllerNamed',
  'partnersMentioned',
  'partnersNamed',
  'sourcesMentioned',
  'publicSources',
  'retentionDuration',
  'retentionStatement',
  'legitimateInterest',
  'marketing',
  'details',
  'policyUrl',
]);
export type Condition = z.infer<typeof Condition>;

/**
 * A paragraph of plain text with {placeholders}: a string, or an object shown only when a fact is
 * known (`when`) or unknown (`unless`). A paragraph that fills to nothing is left out.
 */
export const Paragraph = z.union([
  z.string(),
  z.object({
    text: z.string().min(1),
    when: Condition.optional(),
    unless: Condition.optional(),
  }),
]);
export type Paragraph = z.infer<typeof Paragraph>;

/** A paragraph's text, whichever way it is written. */
export function paragraphText(paragraph: Paragraph): string {
  return typeof paragraph === 'string' ? paragraph : paragraph.text;
}

// ---- Requests ----------------------------------------------------------------------------------
// Placeholders: {controller} {partners} {partnersQuote} {sourcesQuote} {publicQuote} {retention}
// {retentionQuote} {liPurposes} {marketingQuote} {details} {policyUrl}. A *Quote placeholder
// renders as the frame's `quote` pattern (e.g. `: “…”`) or as nothing.

export const RequestTemplate = z.object({
  subject: z.string().min(1),
  paragraphs: z.array(Paragraph).min(1),
});
export type RequestTemplate = z.infer<typeof RequestTemplate>;

/** The parts of a request shared by every right of one law in one language. */
export const RequestFrame = z.object({
  greeting: z.string(),
  /** Used for {controller} when the policy does not name the controller. */
  controllerFallback: z.string(),
  /** Contractions the filled text needs (Italian "a la vostra" → "alla vostra"). */
  contractions: z.array(z.tuple([z.string(), z.string()])).optional(),
  identityIntro: z.string(),
  fieldLabels: z.object({
    name: z.string(),
    email: z.string(),
    postalAddress: z.string(),
    accountId: z.string(),
  }),
  /** Between a field label and its value (French typography wants a space before the colon). */
  fieldSeparator: z.string(),
  /** Said once, after the identity block: how the controller may verify identity. */
  identityNote: z.string(),
  closing: z.string(),
  /** How a policy sentence is quoted inline; `{q}` is the sentence. */
  quote: z.string(),
  /** Joins named partners: "A, B and C". */
  and: z.string(),
  bullet: z.string(),
  /** Singular and plural of ISO 8601 duration units, for {retention}. */
  units: z.object({
    Y: z.tuple([z.string(), z.string()]),
    M: z.tuple([z.string(), z.string()]),
    W: z.tuple([z.string(), z.string()]),
    D: z.tuple([z.string(), z.string()]),
  }),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

/** The requests under one law in one language. */
export const RequestLetters = z.object({
  law: Law,
  language: Language,
  frame: RequestFrame,
  rights: z.partialRecord(Right, RequestTemplate),
});
export type RequestLetters = z.infer<typeof RequestLetters>;

// ---- Follow-ups and complaints -----------------------------------------------------------------
// Placeholders (escalation-context.ts): {law} {lawOf} {right} {sent} {due} {today} {period}
// {citation} {daysLate} {daysSince} {controller} {site} {recipient} {smallAgent}, and per letter
// {intro} {deadline} {extended} {paused} {warn} {legalBasis} {status} {timeline} {priorComplaint}.

const Forms = z.object({ one: z.string(), other: z.string() });

const EventType = z.enum([
  'sent',
  'acknowledged',
  'extended',
  'id-requested',
  'id-provided',
  'clarification-requested',
  'clarification-provided',
  'answered',
  'escalated',
  'closed',
  'note',
]);
// Every ledger event has a line in the timeline, and no other: the compiler checks both ways.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const everyEvent: SameKeys<z.infer<typeof EventType>, RequestEventType> = true;
void everyEvent;

/** Follow-up and complaint letters in one language, for every law. */
export const EscalationLetters = z.object({
  /** BCP 47 locale for dates ('2 March 2026') and plural rules. */
  locale: z.string(),
  /** How the day 1 is written where it is an ordinal (French '1er'). */
  firstOfMonth: z.string().optional(),
  /** Between a date and its text (French typography: a space before the colon). */
  colon: z.string(),
  /** US appeals: after '… of receipt' when the Act allows an extension (' (extendable by {n})'). */
  appealExtension: z.string(),
  /** A count of days, by plural category (Intl.PluralRules). */
  days: Forms,
  /** LGPD small agents: ' Small processing agents have {smallPeriod} ({smallCitation})…' */
  smallAgent: z.string(),
  laws: z.record(Law, z.string()),
  /** The law after "of"/"de" where the language contracts it (French "du RGPD"). */
  lawsOf: z.record(Law, z.string()),
  /** Citations in this language, by period-rule key; the rule's own (English) one otherwise. */
  citations: z.record(z.string(), z.string()),
  /** A right's phrase, by the statute's word for it (the CCPA's 'know' has its own). */
  rights: z.record(StatuteWord, z.string()),
  units: z.record(z.enum(['months', 'calendar-days', 'business-days']), Forms),
  events: z.record(EventType, z.string()),
  /** The 'escalated' event when it went to the authority, and the authority when unnamed. */
  complaintLodged: z.string(),
  theAuthority: z.string(),
  /**
   * The same event with the authority named ("…ante la autoridad de control: {to}."), so a name
   * that takes an article in the sentence never needs one; `complaintLodged` where absent.
   */
  complaintLodgedWith: z.string().optional(),
  followUp: z.object({
    subject: z.string(),
    /** The law sets no period for this right: the subject claims no deadline. */
    subjectNoPeriod: z.string(),
    /** UK since 19 Jun 2026: a complaint to the controller under DPA 2018 s. 164A. */
    ukComplaintSubject: z.string(),
    ukComplaint: z.string(),
    paragraphs: z.array(Paragraph),
    /** {deadline}: the statutory period, its citation and end; or `noPeriod`. */
    deadline: z.string(),
    noPeriod: z.string(),
    extended: z.string(),
    paused: z.string(),
    warnAuthority: z.string(),
    warnGeneric: z.string(),
    /** US Acts with an appeal: the appeal, its period, then the Attorney General (us-agencies). */
    warnUsAppeal: z.string(),
    /** Utah and California (no appeal): the office that takes complaints. */
    warnUsAgency: z.string(),
  }),
  complaint: z.object({
    subject: z.string(),
    subjectNoPeriod: z.string(),
    paragraphs: z.array(Paragraph),
    deadline: z.string(),
    noPeriod: z.string(),
    /** UK: the complaint to the controller made first (DPA 2018 s. 164A). */
    ukPriorComplaint: z.string(),
    /** To a US Attorney General: the appeal the Act grants and its duty to point here. */
    usAppeal: z.string(),
    /** To the Utah Division or the California Agency: why this office. */
    usAgency: z.string(),
    legalBasis: z.partialRecord(Law, z.string()),
    statusUnanswered: z.string(),
    statusAnswered: z.string(),
  }),
  /**
   * Per-law wording applied to the finished letter: a law's own vocabulary (Canadian French says
   * "organisation", not the GDPR's "responsable du traitement") or spelling (Swiss German has no ß).
   */
  vocabulary: z.partialRecord(Law, z.array(z.tuple([z.string(), z.string()]))).optional(),
  /**
   * Contractions the filled letter needs whatever the law (Italian "il 8 marzo" → "l'8 marzo":
   * a date after an article is only known once filled).
   */
  contractions: z.array(z.tuple([z.string(), z.string()])).optional(),
  /** Shown (not sent) when the wanted language has no template. */
  fallback: z.string(),
});
export type EscalationLetters = z.infer<typeof EscalationLetters>;

/** Everything written in one language: its requests (per law) and its escalation letters. */
export interface LanguageLetters {
  requests: readonly RequestLetters[];
  escalation?: EscalationLetters;
}
