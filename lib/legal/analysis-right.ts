import type { Right as PolicyRight } from '../policy-analysis/schema';
import type { Right } from '../shared/right';

/**
 * The policy analysis names the rights a policy lists in its own words (lib/policy-analysis,
 * `attributes.rights[].value`; the evaluator's keys, not to be renamed): each maps here, once, to
 * the catalogue's right id, or to null where it is not a right one requests from the controller
 * (being informed, GDPR Arts. 13–14; complaining, to the controller or to an authority, Art. 77).
 * The Record is exhaustive: a new analysis right does not compile until it is mapped.
 */
const CATALOGUE_RIGHT: Readonly<Record<PolicyRight, Right | null>> = {
  information: null,
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction',
  objection: 'objection',
  portability: 'portability',
  automatedDecisions: 'automated-decision',
  withdrawConsent: 'withdraw-consent',
  complaint: null,
  complaintToAuthority: null,
};

/** The catalogue's id of a right the analysis found in a policy; undefined when it has none. */
export function catalogueRightOf(policyRight: PolicyRight): Right | undefined {
  return CATALOGUE_RIGHT[policyRight] ?? undefined;
}

/** The catalogue rights a policy lists, once each, in the order found. */
export function catalogueRightsOf(listed: readonly { value: PolicyRight }[]): Right[] {
  const rights = listed.flatMap(({ value }) => catalogueRightOf(value) ?? []);
  return [...new Set(rights)];
}
