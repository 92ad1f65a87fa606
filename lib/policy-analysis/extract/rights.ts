import type { Segment } from '../../shared/policy-text';
import type { Right } from '../schema';
import type { ExtractContext, ExtractLexicon } from './lexicon';
import { Collector, evidenceOf, firstMatch, inContext, type Found } from './match';

/** A sentence about the data subject's rights: it says "right(s)", or sits under such a heading. */
export function isAboutRights(segment: Segment, lex: ExtractLexicon): boolean {
  return inContext(segment, lex.rightsContext);
}

/**
 * The rights the policy lists (GDPR Art. 13(2)(b)–(d)). Words like "access" or "object" count only
 * in a sentence about rights. A complaint to a supervisory authority (Art. 77) is told apart from
 * a complaint to the company itself.
 */
export function extractRights({ segments, lex }: ExtractContext): Found<Right>[] {
  const rights = new Collector<Right>();
  for (const segment of segments) {
    if (!isAboutRights(segment, lex)) {
      continue;
    }
    const toAuthority = firstMatch(segment.text, lex.rights.complaintToAuthority);
    for (const right of Object.keys(lex.rights) as Right[]) {
      if (right === 'complaint' && toAuthority) {
        continue;
      }
      const match = firstMatch(segment.text, lex.rights[right]);
      if (match) {
        rights.add(right, evidenceOf(segment, match));
      }
    }
  }
  const order = Object.keys(lex.rights) as Right[];
  return rights.list().sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}
