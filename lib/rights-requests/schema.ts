import * as z from 'zod';

/**
 * What a rights request can use from the policy (the lead maps the analysis domain's output into
 * it). Quotes are the policy's own sentences; the letter quotes them briefly as evidence.
 */
export const QuotedMention = z.object({
  mentioned: z.boolean(),
  quote: z.string().optional(),
});
export type QuotedMention = z.infer<typeof QuotedMention>;

export const PolicyFacts = z.object({
  controllerName: z.string().optional(),
  /** ISO 3166-1 alpha-2. */
  controllerCountry: z.string().length(2).optional(),
  /** ISO 3166-2 ('DE-BY'): a German Land from the authority named or the postal address. */
  controllerSubdivision: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
    .optional(),
  /** BCP 47 base subtag ("fr"). */
  policyLanguage: z.string().optional(),
  policyUrl: z.string().optional(),
  /** Recipients the policy declares (GDPR Art. 15(1)(c)); `named` are the ones it names. */
  partners: z.object({
    mentioned: z.boolean(),
    named: z.array(z.string()),
    quote: z.string().optional(),
  }),
  /** Data obtained from partners / third parties (GDPR Art. 14, 15(1)(g)). */
  partnerSources: QuotedMention,
  publicSources: QuotedMention.optional(),
  /** `duration` is an ISO 8601 duration ("P14M"). */
  retention: z.object({ duration: z.string().optional(), quote: z.string() }).optional(),
  /** Purposes the policy bases on legitimate interest (GDPR Art. 6(1)(f), 21(1)). */
  legitimateInterestPurposes: z.array(z.object({ text: z.string() })),
  marketing: z.object({ quote: z.string() }).optional(),
});
export type PolicyFacts = z.infer<typeof PolicyFacts>;

/** Facts for a controller whose policy we have not read. */
export const NO_FACTS: PolicyFacts = {
  partners: { mentioned: false, named: [] },
  partnerSources: { mentioned: false },
  legitimateInterestPurposes: [],
};

/** The user's own details, stored only on the device; every field optional (data minimisation). */
export const Profile = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  postalAddress: z.string().optional(),
  accountId: z.string().optional(),
  /**
   * Where the user lives, ISO 3166-1 or 3166-2 ('FR', 'US-TX'): in the US it picks the state law
   * (choose-law.ts). Not a letter field: a state letter says only "I am a resident of <state>".
   */
  residence: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)
    .optional(),
});
export type Profile = z.infer<typeof Profile>;

export const ProfileField = z.enum(['name', 'email', 'postalAddress', 'accountId']);
export type ProfileField = z.infer<typeof ProfileField>;
