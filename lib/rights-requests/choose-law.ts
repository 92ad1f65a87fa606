import * as z from 'zod';
import { CATALOGUE, Language, Law } from './catalogue.data';
import { EU_LANGUAGES, LANGUAGES_BY_COUNTRY, LAW_BY_COUNTRY, TLD_COUNTRY } from './choose-law.data';

export const LawChoiceInput = z.object({
  /** From the controller's postal address (ISO 3166-1 alpha-2). */
  controllerCountry: z.string().optional(),
  /** Host of the site or domain of the recipient address: its TLD hints at the country. */
  domain: z.string().optional(),
  policyLanguage: z.string().optional(),
  /** The user's settings. */
  userCountry: z.string().optional(),
  uiLanguage: z.string().optional(),
});
export type LawChoiceInput = z.infer<typeof LawChoiceInput>;

/** A reason the UI shows: an i18n key (locales/<lang>/request.json) and its substitutions. */
export const ChoiceReason = z.object({ key: z.string(), params: z.array(z.string()) });
export type ChoiceReason = z.infer<typeof ChoiceReason>;

export const LawChoice = z.object({ law: Law, language: Language, reasons: z.array(ChoiceReason) });
export type LawChoice = z.infer<typeof LawChoice>;

const upper = (cc?: string) => cc?.trim().toUpperCase() || undefined;
const base = (lang?: string) => lang?.trim().toLowerCase().split(/[-_]/)[0] || undefined;

/** The country a domain's TLD points to, undefined when it says nothing ("com", "io"). */
export function countryOfDomain(domain: string): string | undefined {
  const tld = domain.trim().toLowerCase().replace(/\.$/, '').split('.').at(-1) ?? '';
  if (tld in TLD_COUNTRY) {
    return TLD_COUNTRY[tld] ?? undefined;
  }
  return /^[a-z]{2}$/.test(tld) ? tld.toUpperCase() : undefined;
}

function chooseLawOnly(input: LawChoiceInput): {
  law: Law;
  country?: string;
  reason: ChoiceReason;
} {
  const fromAddress = upper(input.controllerCountry);
  const fromTld = input.domain ? countryOfDomain(input.domain) : undefined;
  const user = upper(input.userCountry);
  const userLaw = user ? LAW_BY_COUNTRY[user] : undefined;
  const country = fromAddress ?? fromTld;
  const controllerLaw = country ? LAW_BY_COUNTRY[country] : undefined;
  const name = (law: Law) => CATALOGUE[law].name;
  if (controllerLaw && user && userLaw && controllerLaw === 'ccpa' && user !== 'US') {
    // The CCPA protects California residents only; the user's own law may reach a foreign
    // controller that offers them services (GDPR Art. 3(2), UK GDPR Art. 3(2), LGPD Art. 3).
    return {
      law: userLaw,
      country,
      reason: { key: 'req_why_law_user_outside', params: [user, name(userLaw)] },
    };
  }
  if (controllerLaw && country) {
    const key = fromAddress ? 'req_why_law_address' : 'req_why_law_tld';
    return { law: controllerLaw, country, reason: { key, params: [country, name(controllerLaw)] } };
  }
  if (input.domain?.trim().toLowerCase().endsWith('.eu')) {
    return { law: 'gdpr', reason: { key: 'req_why_law_eu_domain', params: [name('gdpr')] } };
  }
  if (user && userLaw) {
    return { law: userLaw, reason: { key: 'req_why_law_user', params: [user, name(userLaw)] } };
  }
  const lang = base(input.policyLanguage);
  if (lang && EU_LANGUAGES.includes(lang)) {
    return {
      law: 'gdpr',
      reason: { key: 'req_why_law_policy_language', params: [lang, name('gdpr')] },
    };
  }
  return { law: 'gdpr', reason: { key: 'req_why_law_default', params: [name('gdpr')] } };
}

function chooseLanguage(law: Law, country: string | undefined, input: LawChoiceInput) {
  const offered: readonly Language[] = CATALOGUE[law].languages;
  const has = (lang?: string): lang is Language =>
    lang !== undefined && (offered as string[]).includes(lang);
  const policy = base(input.policyLanguage);
  if (has(policy)) {
    return { language: policy, reason: { key: 'req_why_lang_policy', params: [policy] } };
  }
  const local = (country ? LANGUAGES_BY_COUNTRY[country] : undefined)?.find((l) => has(l));
  if (local && country) {
    return { language: local, reason: { key: 'req_why_lang_country', params: [country, local] } };
  }
  const ui = base(input.uiLanguage);
  if (has(ui)) {
    return { language: ui, reason: { key: 'req_why_lang_ui', params: [ui] } };
  }
  const first = offered[0] ?? 'en';
  return { language: first, reason: { key: 'req_why_lang_default', params: [first] } };
}

/**
 * The law and letter language to propose, with the reasons the UI shows. Only a proposal: the
 * user can change both. Controller's establishment first (its law always applies), then the
 * user's country, then the policy's language; the letter goes in the policy's language when we
 * have templates for it, else the controller's country's, else the user's.
 */
export function chooseLaw(input: LawChoiceInput): LawChoice {
  const law = chooseLawOnly(input);
  const language = chooseLanguage(law.law, law.country, input);
  return { law: law.law, language: language.language, reasons: [law.reason, language.reason] };
}
