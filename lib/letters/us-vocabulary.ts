import type { Law } from '../legal/catalogue.data';
import { usStateNames } from '../legal/us-states.data';

type Pairs = [string, string][];

/**
 * A language's US wording (issue 15), for `EscalationLetters.vocabulary`. No US office is a GDPR
 * "supervisory authority": the Attorney General or agency is the competent authority
 * (lib/legal/us-agencies.data.ts) — `authority`, under every US law. The CCPA puts its duties on a
 * "business" (Cal. Civ. Code §1798.140(d)), and a request under no state law names no statutory
 * role: `business` replaces the GDPR's controller there. The other state Acts do say
 * "controller", defined as the GDPR's notion (the person that "determines the purpose and means
 * of processing personal data", e.g. Va. Code §59.1-575), so its name stays.
 */
export function usVocabulary(authority: Pairs, business: Pairs): Partial<Record<Law, Pairs>> {
  const states = Object.keys(usStateNames(String)) as Law[];
  return {
    ...Object.fromEntries(states.map((law) => [law, authority])),
    ccpa: [...business, ...authority],
    'us-none': [...business, ...authority],
  };
}
