import * as z from 'zod';

/**
 * The label sets the classifier assigns. Ids are stable kebab-case keys for code and storage;
 * `name` is the English name exactly as the annotated corpora spell it (OPP-115, Wilson et al. 2016;
 * GDPR Transparency 200, Cory et al. 2026), so the evaluators can compare labels by name.
 */
export const OppCategory = z.enum([
  'first-party',
  'third-party',
  'user-choice',
  'user-access',
  'data-retention',
  'data-security',
  'policy-change',
  'do-not-track',
  'specific-audiences',
  'other',
]);
export type OppCategory = z.infer<typeof OppCategory>;

export const OPP_CATEGORIES: readonly { id: OppCategory; name: string }[] = [
  { id: 'first-party', name: 'First Party Collection/Use' },
  { id: 'third-party', name: 'Third Party Sharing/Collection' },
  { id: 'user-choice', name: 'User Choice/Control' },
  { id: 'user-access', name: 'User Access, Edit and Deletion' },
  { id: 'data-retention', name: 'Data Retention' },
  { id: 'data-security', name: 'Data Security' },
  { id: 'policy-change', name: 'Policy Change' },
  { id: 'do-not-track', name: 'Do Not Track' },
  { id: 'specific-audiences', name: 'International and Specific Audiences' },
  { id: 'other', name: 'Other' },
];

/** GDPR Art. 13/14 disclosures (information to be provided to the data subject). */
export const GdprRequirement = z.enum([
  'controller-name', // Art. 13(1)(a)
  'controller-contact', // Art. 13(1)(a)
  'dpo-contact', // Art. 13(1)(b)
  'data-categories', // Art. 14(1)(d)
  'processing-purpose', // Art. 13(1)(c)
  'legal-basis', // Art. 13(1)(c)
  'legitimate-interests', // Art. 13(1)(d)
  'source-of-data', // Art. 14(2)(f)
  'data-recipients', // Art. 13(1)(e)
  'third-country-transfers', // Art. 13(1)(f)
  'retention-period', // Art. 13(2)(a)
  'mandatory-disclosure', // Art. 13(2)(e)
  'automated-decision-making', // Art. 13(2)(f), Art. 22
  'right-access', // Art. 15
  'right-rectification', // Art. 16
  'right-erasure', // Art. 17
  'right-restrict', // Art. 18
  'right-object', // Art. 21
  'right-portability', // Art. 20
  'right-withdraw-consent', // Art. 7(3), 13(2)(c)
  'right-lodge-complaint', // Art. 77, 13(2)(d)
]);
export type GdprRequirement = z.infer<typeof GdprRequirement>;

export const GDPR_REQUIREMENTS: readonly { id: GdprRequirement; name: string }[] = [
  { id: 'controller-name', name: 'Controller Name' },
  { id: 'controller-contact', name: 'Controller Contact' },
  { id: 'dpo-contact', name: 'DPO Contact' },
  { id: 'data-categories', name: 'Data Categories' },
  { id: 'processing-purpose', name: 'Processing Purpose' },
  { id: 'legal-basis', name: 'Legal Basis for Processing' },
  { id: 'legitimate-interests', name: 'Legitimate Interests for Processing' },
  { id: 'source-of-data', name: 'Source of Data' },
  { id: 'data-recipients', name: 'Data Recipients' },
  { id: 'third-country-transfers', name: 'Third-country Transfers' },
  { id: 'retention-period', name: 'Data Retention Period' },
  { id: 'mandatory-disclosure', name: 'Mandatory Data Disclosure' },
  { id: 'automated-decision-making', name: 'Automated Decision-Making' },
  { id: 'right-access', name: 'Right to Access' },
  { id: 'right-rectification', name: 'Right to Rectification' },
  { id: 'right-erasure', name: 'Right to Erasure' },
  { id: 'right-restrict', name: 'Right to Restrict' },
  { id: 'right-object', name: 'Right to Object' },
  { id: 'right-portability', name: 'Right to Portability' },
  { id: 'right-withdraw-consent', name: 'Right to Withdraw Consent' },
  { id: 'right-lodge-complaint', name: 'Right to Lodge Complaint' },
];

/** Further topics the summary reports on, beyond OPP-115 and Art. 13/14. */
export const Topic = z.enum([
  'cookies-tracking',
  'direct-marketing',
  'sale-sharing-ccpa', // Cal. Civ. Code § 1798.120 (right to opt out of sale/sharing)
  'children',
  'policy-changes',
  'security',
]);
export type Topic = z.infer<typeof Topic>;

export const TOPICS: readonly { id: Topic; name: string }[] = [
  { id: 'cookies-tracking', name: 'Cookies and tracking' },
  { id: 'direct-marketing', name: 'Direct marketing' },
  { id: 'sale-sharing-ccpa', name: 'Sale or sharing of personal information' },
  { id: 'children', name: 'Children' },
  { id: 'policy-changes', name: 'Policy changes' },
  { id: 'security', name: 'Security' },
];

/** A label of any of the three sets, as the rule data writes it: `opp:…`, `gdpr:…`, `topic:…`. */
export type Label = `opp:${OppCategory}` | `gdpr:${GdprRequirement}` | `topic:${Topic}`;

const byName = (list: readonly { id: string; name: string }[]) =>
  new Map(list.map(({ id, name }) => [name.toLowerCase(), id]));
const OPP_BY_NAME = byName(OPP_CATEGORIES);
const GDPR_BY_NAME = byName(GDPR_REQUIREMENTS);

/** The category id for a corpus name ("Data Retention" → 'data-retention'), or undefined. */
export function oppCategoryByName(name: string): OppCategory | undefined {
  return OPP_BY_NAME.get(name.trim().toLowerCase()) as OppCategory | undefined;
}

/** The requirement id for a corpus name ("Right to Access" → 'right-access'), or undefined. */
export function gdprRequirementByName(name: string): GdprRequirement | undefined {
  return GDPR_BY_NAME.get(name.trim().toLowerCase()) as GdprRequirement | undefined;
}
