import * as z from 'zod';
import { Language, Law, Right } from './catalogue.data';

/**
 * Templates are data (DESIGN.md, house style 3): paragraphs of plain text with {placeholders},
 * each optionally shown only when a fact is known (`when`) or unknown (`unless`).
 * Placeholders: {controller} {partners} {partnersQuote} {sourcesQuote} {publicQuote}
 * {retention} {retentionQuote} {liPurposes} {marketingQuote} {details} {policyUrl}.
 * A *Quote placeholder renders as the frame's `quote` pattern (e.g. `: “…”`) or as nothing.
 */
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

export const Paragraph = z.object({
  text: z.string().min(1),
  when: Condition.optional(),
  unless: Condition.optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const RightTemplate = z.object({
  subject: z.string().min(1),
  paragraphs: z.array(Paragraph).min(1),
});
export type RightTemplate = z.infer<typeof RightTemplate>;

/** The parts of a letter shared by every right of one law in one language. */
export const LetterFrame = z.object({
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
export type LetterFrame = z.infer<typeof LetterFrame>;

export const TemplateSet = z.object({
  law: Law,
  language: Language,
  frame: LetterFrame,
  rights: z.partialRecord(Right, RightTemplate),
});
export type TemplateSet = z.infer<typeof TemplateSet>;
