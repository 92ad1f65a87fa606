import type { RequestKind } from '../deadlines/schema';
import type { Law, Right } from './catalogue.data';

/** The CCPA's own names for three rights ("know", "delete", "correct", §§1798.100–.106). */
const CCPA_NAMES: Partial<Record<Right, RequestKind>> = {
  access: 'know',
  erasure: 'delete',
  rectification: 'correct',
};

/**
 * The ledger's name for a right under a law (the deadlines domain records the statute's own
 * word): one mapping for the composer, the dashboard and the CLI.
 */
export function requestKind(law: Law, right: Right): RequestKind {
  return (law === 'ccpa' ? CCPA_NAMES[right] : undefined) ?? right;
}
