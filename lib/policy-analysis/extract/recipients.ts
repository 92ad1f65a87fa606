import type { Evidence } from '../../shared/policy-text';
import type { Recipient } from '../schema';
import { COMPANIES } from './companies.data';
import type { Segment } from '../../shared/policy-text';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { firstStated } from './stance';
import {
  Collector,
  MAX_EVIDENCE,
  evidenceOf,
  firstMatch,
  inContext,
  matchTable,
  matchesAny,
  wholeSegment,
} from './match';

/** One pass to tell whether a sentence names any company at all. */
const ANY_COMPANY = new RegExp(
  Object.values(COMPANIES)
    .map((p) => `(?:${p.source})`)
    .join('|'),
);

/**
 * Who receives the data (GDPR Art. 13(1)(e)): kinds of recipients in sentences that share or
 * disclose, and named companies wherever the policy names them.
 */
/**
 * Whether a sentence shares data: a disclosure word it does not deny ("We do not sell your data,
 * but we share it with…" shares; "We never sell or rent your data" does not — the clause-level
 * stance rule, stance.ts), or, without one, a heading about sharing above it.
 */
function shares(segment: Segment, lex: ExtractLexicon): boolean {
  if (!firstMatch(segment.text, lex.sharing)) {
    return inContext(segment, lex.sharing);
  }
  return firstStated(segment.text, lex.sharing, lex.language) !== undefined;
}

export function extractRecipients({ segments, lex }: ExtractContext): Recipient[] {
  const kinds = matchTable(segments, lex.recipients, (s) => shares(s, lex));
  const named = new Collector<string>();
  for (const segment of segments) {
    if (!ANY_COMPANY.test(segment.text)) {
      continue;
    }
    for (const [name, pattern] of Object.entries(COMPANIES)) {
      const match = pattern.exec(segment.text);
      if (match) {
        named.add(name, evidenceOf(segment, match));
      }
    }
  }
  return [
    ...kinds.map(({ value, evidence }) => ({ kind: value, evidence })),
    ...named
      .list()
      .map(({ value, evidence }) => ({ kind: 'named' as const, name: value, evidence })),
  ];
}

/** Sentences where partners and offers or marketing meet: data used for partners' marketing. */
export function extractPartnerMarketing({ segments, lex }: ExtractContext): Evidence[] {
  const { partners, marketing } = lex.partnerMarketing;
  return segments
    .filter(
      (s) =>
        // the cheap test first: few sentences speak of marketing
        matchesAny(s.text, marketing) &&
        firstStated(s.text, partners, lex.language) !== undefined &&
        (!firstMatch(s.text, lex.sharing) || shares(s, lex)),
    )
    .slice(0, MAX_EVIDENCE)
    .map(wholeSegment);
}

/** "See the list of our partners here." — the flags check whether any name follows. */
export function extractPartnersListPromised({ segments, lex }: ExtractContext): Evidence[] {
  const out: Evidence[] = [];
  for (const segment of segments) {
    const match = firstMatch(segment.text, lex.partnersListPromised);
    if (match && out.length < MAX_EVIDENCE) {
      out.push(evidenceOf(segment, match));
    }
  }
  return out;
}
