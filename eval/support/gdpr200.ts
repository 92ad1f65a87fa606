import * as z from 'zod';
import type { Block } from '../../lib/shared/policy-text';
import { readJsonl } from './read-jsonl';

/** A GDPR Transparency 200 policy record (corpus README). */
export const GdprLabel = z.object({
  requirement: z.string(),
  value: z.string().optional(),
  performed: z.boolean().optional(),
});
export const GdprPassage = z.object({
  index: z.number().int(),
  /** README: headline | text; the data also has list_item, table_cell, table_header. */
  type: z.string(),
  context: z.array(z.string()),
  text: z.string(),
  labels: z.array(GdprLabel),
});
export const GdprPolicy = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  passages: z.array(GdprPassage),
});
export type GdprPolicy = z.infer<typeof GdprPolicy>;

export const readGdpr200 = (path: string): GdprPolicy[] => readJsonl(path, GdprPolicy);

const KINDS: Record<string, Block['kind']> = {
  headline: 'heading',
  table_header: 'heading',
  list_item: 'listItem',
  table_cell: 'tableCell',
};

/** One block per passage: headlines are headings, the passage's context is its heading path. */
export function gdprPassageBlocks(policy: GdprPolicy): Block[] {
  return policy.passages.map((passage) => ({
    kind: KINDS[passage.type] ?? 'paragraph',
    text: passage.text,
    headingPath: passage.context,
  }));
}
