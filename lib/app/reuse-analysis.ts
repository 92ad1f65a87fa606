import { ANALYSIS_VERSION, analyzePolicy, segmentsOf } from '../policy-analysis/analyze-policy';
import { hashBlocks } from '../policy-analysis/hash';
import type { PolicyAnalysis } from '../policy-analysis/schema';
import type { Block } from '../shared/policy-text';

/** A cached analysis (without its segments) and the content hash of the text it was made from. */
export interface Reusable {
  hash: string;
  analysis: Omit<PolicyAnalysis, 'segments'>;
}

export interface Decided {
  analysis: PolicyAnalysis;
  hash: string;
  fromCache: boolean;
}

/**
 * The cached analysis when these blocks are the text analysed before under the same rules
 * version (its segments rebuilt from the blocks), else a fresh analysis. No storage here: it
 * runs in the analysis worker, the cache is read and written by the page (analysis-cache.ts).
 */
export function reuseOrAnalyze(
  blocks: readonly Block[],
  reusable: Reusable | undefined,
  opts: { today: string; lang?: string },
): Decided {
  const hash = hashBlocks(blocks);
  if (reusable && reusable.hash === hash && reusable.analysis.version === ANALYSIS_VERSION) {
    const segments = segmentsOf(blocks, reusable.analysis.language);
    return { analysis: { ...reusable.analysis, segments }, hash, fromCache: true };
  }
  return { analysis: analyzePolicy(blocks, opts), hash, fromCache: false };
}
