import * as z from 'zod';
import { PolicyAnalysis } from '../policy-analysis/schema';
import { ContactsResult } from '../policy-detection/schema';
import { Block } from '../shared/policy-text';

/** What the analysis worker computes (analyze-html.ts): the boundary type, checked by the page. */
export const AnalyzedHtml = z.object({
  blocks: z.array(Block),
  analysis: PolicyAnalysis,
  contacts: ContactsResult,
  hash: z.string(),
  fromCache: z.boolean(),
});
export type AnalyzedHtml = z.infer<typeof AnalyzedHtml>;

/**
 * The worker's reply (analysis-worker.ts). Messages cross a thread boundary: the page parses the
 * reply (DESIGN.md, house style 2), so a malformed one is a clear error, never a crash later on.
 */
export const WorkerReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: AnalyzedHtml }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;
