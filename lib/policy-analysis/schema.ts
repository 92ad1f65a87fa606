import * as z from 'zod';
import { Evidence, Segment } from '../shared/policy-text';
import { SegmentLabels } from './segment-labels';

/**
 * The boundary types of a policy analysis: what analyzePolicy returns, what the cache stores and
 * what the summary view renders. Every extracted value carries its Evidence (DESIGN.md, style 4).
 */

export const DataType = z.enum([
  'contactDetails',
  'name',
  'identifiers',
  'billing',
  'postalAddress',
  'location',
  'browsingCookies',
  'device',
  'financial',
  'health',
  'biometric',
  'childrenData',
  'demographics',
  'credentials',
  'communications',
  'purchaseHistory',
  'governmentId',
]);
export type DataType = z.infer<typeof DataType>;

export const Purpose = z.enum([
  'serviceProvision',
  'marketing',
  'partnerOffers',
  'analytics',
  'security',
  'legalObligation',
  'personalisation',
  'advertising',
  'customerSupport',
  'surveys',
]);
export type Purpose = z.infer<typeof Purpose>;

/** GDPR Art. 6(1)(a)–(f). */
export const LegalBasis = z.enum([
  'consent',
  'contract',
  'legalObligation',
  'vitalInterest',
  'publicTask',
  'legitimateInterest',
]);
export type LegalBasis = z.infer<typeof LegalBasis>;

export const RecipientKind = z.enum([
  'partners',
  'processors',
  'authorities',
  'affiliates',
  'advertisers',
  'thirdParties',
  'named',
]);
export type RecipientKind = z.infer<typeof RecipientKind>;

export const Source = z.enum([
  'fromYou',
  'automatically',
  'partners',
  'publicSources',
  'socialNetworks',
]);
export type Source = z.infer<typeof Source>;

export const SecurityMeasure = z.enum([
  'https',
  'encryption',
  'anonymisation',
  'pseudonymisation',
  'accessControl',
  'monitoring',
]);
export type SecurityMeasure = z.infer<typeof SecurityMeasure>;

/** GDPR Art. 13(2)(b)–(d), 15–22, 77: the rights a policy may list. */
export const Right = z.enum([
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'automatedDecisions',
  'withdrawConsent',
  'complaint',
  'complaintToAuthority',
]);
export type Right = z.infer<typeof Right>;

/** GDPR Art. 44–49: the grounds a transfer outside the EEA may rest on. */
export const TransferSafeguard = z.enum([
  'scc',
  'adequacy',
  'bcr',
  'dpf',
  'privacyShield',
  'consent',
]);
export type TransferSafeguard = z.infer<typeof TransferSafeguard>;

/** One normalised value and the passages it comes from. */
function valued<T extends z.ZodType>(value: T) {
  return z.object({ value, evidence: z.array(Evidence) });
}

export const RetentionPeriod = z.object({
  /** ISO 8601 duration ("P14M"); absent when the policy gives no figure ("as long as necessary"). */
  duration: z
    .string()
    .regex(/^P\d+[DWMY]$/)
    .optional(),
  bound: z.enum(['max', 'min', 'exact', 'unspecified']),
  dataTypes: z.array(DataType),
  evidence: z.array(Evidence),
});
export type RetentionPeriod = z.infer<typeof RetentionPeriod>;

export const LegalBasisStatement = z.object({
  value: LegalBasis,
  evidence: z.array(Evidence),
  /** The purposes the policy ties to this basis, where it says so (list after "for the following purposes:"). */
  purposes: z.array(valued(Purpose)),
});
export type LegalBasisStatement = z.infer<typeof LegalBasisStatement>;

export const Recipient = z.object({
  kind: RecipientKind,
  /** The company's name, for kind "named". */
  name: z.string().optional(),
  evidence: z.array(Evidence),
});
export type Recipient = z.infer<typeof Recipient>;

export const LastUpdated = z.object({
  date: z.iso.date(),
  /** "July 2018" gives a month only: the date is then its first day. */
  precision: z.enum(['day', 'month']),
  evidence: z.array(Evidence),
});
export type LastUpdated = z.infer<typeof LastUpdated>;

export const Attributes = z.object({
  dataTypes: z.array(valued(DataType)),
  purposes: z.array(valued(Purpose)),
  legalBases: z.array(LegalBasisStatement),
  recipients: z.array(Recipient),
  sources: z.array(valued(Source)),
  retention: z.array(RetentionPeriod),
  children: z.object({
    /** Ages below which the policy treats a person as a child (16 from GDPR Art. 8, 13 from COPPA). */
    ageThresholds: z.array(valued(z.number().int())),
    mentions: z.array(Evidence),
  }),
  lastUpdated: LastUpdated.optional(),
  transfers: z.object({
    outsideEea: z.array(Evidence),
    countries: z.array(valued(z.string())),
    safeguards: z.array(valued(TransferSafeguard)),
  }),
  security: z.array(valued(SecurityMeasure)),
  /** Statements that the controller profiles or decides automatically (not the right against it). */
  profiling: z.array(Evidence),
  automatedDecisions: z.array(Evidence),
  /** Data used for, or shared for, partners' own offers and marketing. */
  partnerMarketing: z.array(Evidence),
  rights: z.array(valued(Right)),
  dpo: z.object({
    mentions: z.array(Evidence),
    name: valued(z.string()).optional(),
    contacts: z.array(valued(z.string())),
  }),
  /** Email addresses anywhere in the text (controller or DPO contact candidates). */
  emails: z.array(valued(z.string())),
  /** A list of partners is promised ("see the list of our partners") — checked by the flags. */
  partnersListPromised: z.array(Evidence),
  /**
   * Supervisory authorities: sentences mentioning one, section titles about one ("Supervisory
   * authority" as a heading or a short label line), and the authorities actually named.
   */
  authority: z.object({
    mentions: z.array(Evidence),
    sections: z.array(Evidence),
    named: z.array(valued(z.string())),
  }),
});
export type Attributes = z.infer<typeof Attributes>;

/**
 * A message parameter: literal text (a quoted name, a date), another message (a unit), or a list
 * of messages joined in the reader's language. Keeps the summary free of English (issue 4, item 4).
 */
export type MessageParam =
  | { kind: 'text'; text: string }
  | { kind: 'message'; key: string; params: MessageParam[] }
  | { kind: 'list'; items: MessageParam[] };
export const MessageParam: z.ZodType<MessageParam> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({ kind: z.literal('message'), key: z.string(), params: z.array(MessageParam) }),
    z.object({ kind: z.literal('list'), items: z.array(MessageParam) }),
  ]),
);

export const SummaryItem = z.object({
  id: z.string(),
  /** Message key in locales/<lang>/summary.json. */
  key: z.string(),
  params: z.array(MessageParam),
  tone: z.enum(['neutral', 'good', 'warning']),
  evidence: z.array(Evidence),
});
export type SummaryItem = z.infer<typeof SummaryItem>;

export const ChecklistId = z.enum([
  'controllerIdentity',
  'controllerContact',
  'dpoContact',
  'purposes',
  'legalBases',
  'legitimateInterests',
  'recipients',
  'transfers',
  'retention',
  'rightAccess',
  'rightRectification',
  'rightErasure',
  'rightRestriction',
  'rightObjection',
  'rightPortability',
  'rightWithdrawConsent',
  'rightComplaint',
  'automatedDecisions',
  'mandatoryData',
  'sourceOfData',
]);
export type ChecklistId = z.infer<typeof ChecklistId>;

export const ChecklistItem = z.object({
  id: ChecklistId,
  /** GDPR article the item comes from, e.g. "13(1)(a)". */
  article: z.string(),
  /** notApplicable: e.g. legitimate interests when the policy relies on no legitimate interest. */
  status: z.enum(['present', 'missing', 'notApplicable']),
  evidence: z.array(Evidence),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const FlagId = z.enum([
  'retentionMissing',
  'retentionVague',
  'partnerMarketing',
  'partnersListNotGiven',
  'noDpoContact',
  'rightsMissing',
  'oldPolicy',
  'authorityNotNamed',
]);
export type FlagId = z.infer<typeof FlagId>;

export const Flag = z.object({
  id: FlagId,
  key: z.string(),
  params: z.array(MessageParam),
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;

export const PolicyAnalysis = z.object({
  /** Bumped when rules change, so cached analyses are redone. */
  version: z.number().int(),
  language: z.string(),
  /**
   * Whether Rightful has cues for the policy's language (en, fr, de, es, it, nl, pt, pl). When not,
   * or when the language could not be told ('und'), the English cues were used, and the user is
   * told so rather than shown a silently thin analysis. Optional: analyses cached before it.
   */
  languageCovered: z.boolean().optional(),
  segments: z.array(Segment),
  labels: z.array(SegmentLabels),
  attributes: Attributes,
  summary: z.array(SummaryItem),
  checklist: z.array(ChecklistItem),
  flags: z.array(Flag),
  lastUpdated: z.iso.date().optional(),
});
export type PolicyAnalysis = z.infer<typeof PolicyAnalysis>;
