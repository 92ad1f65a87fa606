import * as z from 'zod';
import { Evidence } from '../shared/policy-text';
import { GdprRequirement, OppCategory, Topic } from './taxonomy';

const Scored = { score: z.number(), cues: z.array(Evidence) };

/**
 * What one segment (sentence, heading, list item) discloses, each label with its evidence.
 * Apart from classify.ts so that the schemas (a page scan, a stored session) do not pull the
 * recognition rules into the popup's first paint (issue 12, weight).
 */
export const SegmentLabels = z.object({
  segment: z.number().int().nonnegative(),
  opp: z.array(z.object({ category: OppCategory, ...Scored })),
  gdpr: z.array(z.object({ requirement: GdprRequirement, ...Scored })),
  topics: z.array(z.object({ topic: Topic, ...Scored })),
});
export type SegmentLabels = z.infer<typeof SegmentLabels>;
