import * as z from 'zod';
import { usLawId, usStateLaw, usStateLawInForce } from '../legal/us-states.data';
import { CATALOGUE, Language, Law } from '../legal/catalogue.data';
import { letterLanguage } from '../legal/letter-language';
import { EU_LANGUAGES, LANGUAGES_BY_COUNTRY, LAW_BY_COUNTRY, TLD_COUNTRY } from './choose-law.data';

export const LawChoiceInput = z.object({
  /** From the controller's postal address (ISO 3166-1 alpha-2). */
  controllerCountry: z.string().optional(),
  /** Host of the site or domain of the recipient address: its TLD hints at the country. */
  domain: z.string().optional(),
  policyLanguage: z.string().optional(),
  /** The user's settings. */
  userCountry: z.string().optional(),
  /**
   * The user's residence from the profile, ISO 3166-1 or 3166-2 ('US-TX', 'FR'): it wins over
   * `userCountry`, and in the US it picks the state's law (a state law protects its residents only).
   */
  residence: z.string().optional(),
  /** The request date: a state law not yet in force then does not apply. */
  today: z.string().optional(),
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

type LawPick = { law: Law; country?: string; reason: ChoiceReason };

/**
 * The law of a US resident: California's CCPA, another state's law in force on `today`, or none
 * ('us-none': a request that claims no statute). Never the CCPA for a non-Californian
 * (Cal. Civ. Code §1798.140(i): "consumer" means a California resident).
 */
export function usResidentLaw(residence: string | undefined, today?: string): LawPick {
  const state = residence
    ?.trim()
    .toUpperCase()
    .match(/^US-([A-Z]{2})$/)?.[1];
  if (!state) {
    return { law: 'us-none', reason: { key: 'req_why_law_us_no_state', params: [] } };
  }
  if (state === 'CA') {
    return {
      law: 'ccpa',
      reason: { key: 'req_why_law_residence', params: ['US-CA', 'CCPA/CPRA'] },
    };
  }
  const law = usStateLaw(usLawId(state));
  if (!law) {
    return { law: 'us-none', reason: { key: 'req_why_law_no_state_law', params: [`US-${state}`] } };
  }
  if (today !== undefined && !usStateLawInForce(state, today)) {
    return {
      law: 'us-none',
      reason: { key: 'req_why_law_not_in_force', params: [`US-${state}`, law.short, law.inForce] },
    };
  }
  const id = usLawId(state);
  return {
    law: id,
    reason: { key: 'req_why_law_residence', params: [`US-${state}`, CATALOGUE[id].name] },
  };
}

/** The law that protects the user where they live, if we know one. */
function userLawOf(input: LawChoiceInput, user: string | undefined): LawPick | undefined {
  if (user === 'US') {
    return usResidentLaw(input.residence, input.today);
  }
  const law = user ? LAW_BY_COUNTRY[user] : undefined;
  return law && user
    ? { law, reason: { key: 'req_why_law_user', params: [user, CATALOGUE[law].name] } }
    : undefined;
}

function chooseLawOnly(input: LawChoiceInput): LawPick {
  const fromAddress = upper(input.controllerCountry);
  const fromTld = input.domain ? countryOfDomain(input.domain) : undefined;
  const user = upper(input.residence?.split('-')[0]) ?? upper(input.userCountry);
  const userLaw = userLawOf(input, user);
  const country = fromAddress ?? fromTld;
  const controllerLaw = country ? LAW_BY_COUNTRY[country] : undefined;
  const name = (law: Law) => CATALOGUE[law].name;
  if (country === 'US') {
    // US privacy laws protect residents of their state, wherever the business is: the user's own
    // law, else (residence unknown) a request that claims no statute.
    if (user && user !== 'US' && userLaw) {
      // The user's own law may reach a foreign controller that offers them services
      // (GDPR Art. 3(2), UK GDPR Art. 3(2), LGPD Art. 3).
      return {
        law: userLaw.law,
        country,
        reason: { key: 'req_why_law_user_outside', params: [user, name(userLaw.law)] },
      };
    }
    return { ...(userLaw ?? usResidentLaw(undefined)), country };
  }
  if (controllerLaw && country) {
    const key = fromAddress ? 'req_why_law_address' : 'req_why_law_tld';
    return { law: controllerLaw, country, reason: { key, params: [country, name(controllerLaw)] } };
  }
  if (input.domain?.trim().toLowerCase().endsWith('.eu')) {
    return { law: 'gdpr', reason: { key: 'req_why_law_eu_domain', params: [name('gdpr')] } };
  }
  if (userLaw) {
    return userLaw;
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
  // 'pt' from the policy is 'pt-PT' under the GDPR, 'pt-BR' under the LGPD.
  const policy = letterLanguage(law, input.policyLanguage);
  if (policy) {
    return { language: policy, reason: { key: 'req_why_lang_policy', params: [policy] } };
  }
  const local = (country ? LANGUAGES_BY_COUNTRY[country] : undefined)
    ?.map((l) => letterLanguage(law, l))
    .find((l) => l !== undefined);
  if (local && country) {
    return { language: local, reason: { key: 'req_why_lang_country', params: [country, local] } };
  }
  const ui = letterLanguage(law, input.uiLanguage);
  if (ui) {
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
