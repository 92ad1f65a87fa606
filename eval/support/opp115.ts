import * as z from 'zod';
import type { Block } from '../../lib/shared/policy-text';
import { readJsonl } from './read-jsonl';

/** An OPP-115 policy record (corpus README): only the fields the evaluators use are required. */
export const OppSegment = z.object({
  index: z.number().int(),
  text: z.string(),
  categories: z.array(z.string()),
});
export const OppPolicy = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  segments: z.array(OppSegment),
});
export type OppPolicy = z.infer<typeof OppPolicy>;

export const readOpp115 = (path: string): OppPolicy[] => readJsonl(path, OppPolicy);

const HEADING_LINE = /^[^.!?;:]{2,80}[?:]?$/u;

/**
 * An OPP-115 segment's text as blocks. Segments often open with a heading line ("Data Security")
 * followed by text: a short first line without a full stop, followed by more lines, becomes a
 * heading and the heading path of what follows, as html-to-blocks would give on the page.
 */
export function oppSegmentBlocks(text: string): Block[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [first, ...rest] = lines;
  if (first !== undefined && rest.length > 0 && HEADING_LINE.test(first)) {
    const heading = first.replace(/:$/u, '');
    return [
      { kind: 'heading', text: first, level: 2, headingPath: [] },
      ...rest.map((line) => ({ kind: 'paragraph' as const, text: line, headingPath: [heading] })),
    ];
  }
  return lines.map((line) => ({ kind: 'paragraph', text: line, headingPath: [] }));
}
