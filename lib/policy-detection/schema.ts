import * as z from 'zod';
import { Attributes, ChecklistItem, FlagId } from '../policy-analysis/schema';
import { Evidence } from '../shared/policy-text';

/**
 * Boundary types of policy detection: what the injected content script returns (ScannedPage;
 * PageScan once the popup has finished it), what findContacts returns (ContactsResult) and what
 * `npm run cli -- analyze --json` prints (AnalyzeOutput). The content script imports these as
 * TYPES only, so zod stays out of its bundle.
 */

/** privacy = the privacy policy/notice; legal = legal notice (Impressum, mentions légales). */
export const LinkKind = z.enum(['privacy', 'cookies', 'terms', 'legal']);
export type LinkKind = z.infer<typeof LinkKind>;

export const PolicyLink = z.object({
  url: z.string(),
  text: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  kind: LinkKind,
});
export type PolicyLink = z.infer<typeof PolicyLink>;

/** dpo before privacy before general before support before other (see email-roles.data.ts). */
export const ContactRole = z.enum(['dpo', 'privacy', 'general', 'support', 'other']);
export type ContactRole = z.infer<typeof ContactRole>;

export const PageEmail = z.object({
  address: z.string(),
  role: ContactRole,
  /** The text around the address on the page (or the mailto link's text). */
  evidence: z.string(),
});
export type PageEmail = z.infer<typeof PageEmail>;

export const PageScan = z.object({
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  isPolicyPage: z.boolean(),
  /** Best first. */
  policyLinks: z.array(PolicyLink),
  emails: z.array(PageEmail),
  /** documentElement.outerHTML when the page is itself the policy, capped at HTML_CAP chars. */
  html: z.string().optional(),
  /** True when `html` was cut at the cap. */
  htmlTruncated: z.boolean().optional(),
});
export type PageScan = z.infer<typeof PageScan>;

/** An address as the injected scanner reports it: no role (the popup gives it, finishScan). */
export const ScannedEmail = PageEmail.omit({ role: true });
export type ScannedEmail = z.infer<typeof ScannedEmail>;

/**
 * What the injected scanner returns (lib/policy-detection/scan-page.ts): a PageScan whose emails
 * have no role yet. Unknown keys are dropped by the parse, so a role the page's world added is
 * never read.
 */
export const ScannedPage = PageScan.extend({ emails: z.array(ScannedEmail) });
export type ScannedPage = z.infer<typeof ScannedPage>;

export const ContactKind = z.enum(['email', 'phone', 'address', 'webform']);
export type ContactKind = z.infer<typeof ContactKind>;

/**
 * Why a contact was chosen, as a stable code the UI renders in the reader's language
 * (locales/<lang>/read.json, key `contacts_reason_<code>`) with its parameters as $1, $2: the
 * policy's own words (quoted as found, so in the policy's language) or a count.
 */
export const ContactReasonCode = z.enum([
  'dpoAddress', // the address itself names the DPO (dpo@, dpd@, datenschutzbeauftragter@…)
  'privacyAddress',
  'generalAddress',
  'supportAddress',
  'otherAddress',
  'nearTerm', // $1: the DPO or phone word next to the value
  'inDpoSection',
  'aboutTerm', // $1: the privacy word of the passage
  'inContactSection',
  'repeated', // $1: how many times the policy gives it
  'pointedTo', // $1: the words of a later sentence that send the reader to it ("address above")
  'inPageLink',
  'internationalNumber',
  'streetAddress',
  'formTerm', // $1: the link's words that name a privacy request form
  'formAboutTerm', // $1: the form word, $2: the privacy word
  'formInSentence', // $1: the words of the link's sentence about the reader's rights
  'contactPage', // $1: the link's label; the policy itself gives no contact
]);
export type ContactReasonCode = z.infer<typeof ContactReasonCode>;

export const ContactReason = z.object({
  code: ContactReasonCode,
  params: z.array(z.string()).optional(),
});
export type ContactReason = z.infer<typeof ContactReason>;

export const Contact = z.object({
  kind: ContactKind,
  /** email address, phone in international format, postal address, or form URL. */
  value: z.string(),
  role: ContactRole,
  score: z.number(),
  reasons: z.array(ContactReason),
  /** The sentence the value was found in. */
  evidence: z.string(),
  /** Where that sentence is, when the value came from the policy's blocks. */
  at: Evidence.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const Controller = z.object({
  name: z.string(),
  legalForm: z.string().optional(),
  /**
   * How we know: the policy states it (`controller`, `jointController`), it runs the site or is
   * the one the policy calls "we" (`operator`: imprint, "operated by", `Velotte SAS ("we")`), or
   * only a guess (`named`: the organisation named most, schema.org data, the copyright line).
   */
  role: z.enum(['controller', 'jointController', 'operator', 'named']).optional(),
  /** The sentence it rests on. */
  evidence: z.string(),
});
export type Controller = z.infer<typeof Controller>;

export const Dpo = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  evidence: z.string(),
});
export type Dpo = z.infer<typeof Dpo>;

export const NamedAuthority = z.object({
  country: z.string(),
  subdivision: z.string().nullable(),
  name: z.string(),
  evidence: z.string(),
});
export type NamedAuthority = z.infer<typeof NamedAuthority>;

export const ContactsResult = z.object({
  /** Best first: the first one is the address to write to. */
  contacts: z.array(Contact),
  controller: Controller.nullable(),
  dpo: Dpo.nullable(),
  /** The supervisory authority the policy itself names, or null. */
  authority: NamedAuthority.nullable(),
});
export type ContactsResult = z.infer<typeof ContactsResult>;

/** A summary item or a flag of the analysis, rendered to English text, with its passages. */
export const RenderedItem = z.object({
  id: z.string(),
  text: z.string(),
  evidence: z.array(Evidence),
});
export type RenderedItem = z.infer<typeof RenderedItem>;

/** One object per input of `npm run cli -- analyze --json`. */
export const AnalyzeOutput = z.object({
  input: z.string(),
  policyLinks: z.array(PolicyLink),
  isPolicyPage: z.boolean(),
  contacts: z.array(Contact),
  controller: Controller.nullable(),
  dpo: Dpo.nullable(),
  authority: NamedAuthority.nullable(),
  /** The analysis of the same blocks (analyzePolicy): language detected or given by the page. */
  language: z.string(),
  /** False when the policy's language has no cues of its own: read with the English ones. */
  languageCovered: z.boolean(),
  summary: z.array(RenderedItem.extend({ tone: z.enum(['neutral', 'good', 'warning']) })),
  flags: z.array(RenderedItem.extend({ id: FlagId })),
  attributes: Attributes,
  checklist: z.array(ChecklistItem),
  lastUpdated: z.iso.date().optional(),
});
export type AnalyzeOutput = z.infer<typeof AnalyzeOutput>;
