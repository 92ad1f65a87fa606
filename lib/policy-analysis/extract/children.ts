import type { Attributes } from '../schema';
import type { ExtractContext } from './lexicon';
import { Collector, MAX_EVIDENCE, evidenceOf, inContext, firstMatch, wholeSegment } from './match';

/** Ages that can be a child threshold (COPPA 13, GDPR Art. 8 16 — member states 13 to 16 — majority 18–21). */
const MIN_AGE = 10;
const MAX_AGE = 21;

/**
 * What the policy says about children: the sentences, and the age below which it treats a person
 * as a child ("Child – a person under 16 years old" → 16; a COPPA reference alone → 13).
 */
export function extractChildren({ segments, lex }: ExtractContext): Attributes['children'] {
  const ages = new Collector<number>();
  const mentions = [];
  for (const segment of segments) {
    if (!inContext(segment, lex.children.context)) {
      continue;
    }
    if (mentions.length < MAX_EVIDENCE) {
      mentions.push(wholeSegment(segment));
    }
    let found = false;
    for (const pattern of lex.children.age) {
      const match = pattern.exec(segment.text);
      const raw = (match?.[1] ?? '').toLowerCase();
      const age = /^\d+$/.test(raw) ? Number(raw) : (lex.retention.numbers[raw] ?? NaN);
      if (match && age >= MIN_AGE && age <= MAX_AGE) {
        ages.add(age, evidenceOf(segment, match));
        found = true;
        break;
      }
    }
    const coppa = found ? undefined : firstMatch(segment.text, lex.children.coppa);
    if (coppa) {
      ages.add(13, evidenceOf(segment, coppa)); // COPPA, 15 U.S.C. § 6501(1): "under the age of 13"
    }
  }
  return { ageThresholds: ages.list(), mentions };
}
