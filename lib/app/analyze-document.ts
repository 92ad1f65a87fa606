import { analyzePolicy } from '../policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../policy-analysis/schema';
import { analyzePage } from '../policy-pipeline/analyze-page';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block } from '../shared/policy-text';
import { boundHtml } from '../policy-text/bound-html';
import { htmlToBlocks } from '../policy-text/html-to-blocks';
import { textToBlocks } from '../policy-text/text-to-blocks';
import { analyzeWithCache } from './analysis-cache';

export interface DocumentAnalysis {
  url: string;
  blocks: Block[];
  contacts: ContactsResult;
  analysis: PolicyAnalysis;
  /** When the policy's text differs from the one seen on that date (analysis cache). */
  changedSince?: string;
}

/**
 * The policy's HTML (or plain text) → contacts and analysis, with the browser's own DOMParser:
 * the same pure functions the CLI runs over linkedom. Parsing with DOMParser runs no script and
 * loads nothing. The analysis is cached by URL and content hash (lib/app/analysis-cache.ts), so
 * reopening a policy is instant and a changed text is noticed.
 */
export async function analyzeDocument(
  body: string,
  url: string,
  today: string,
  contentType = '',
  now: string = new Date().toISOString(),
): Promise<DocumentAnalysis> {
  const plain = /^text\/plain\b/i.test(contentType);
  const doc = plain ? undefined : new DOMParser().parseFromString(boundHtml(body), 'text/html');
  const blocks = doc ? htmlToBlocks(doc) : textToBlocks(body);
  const lang = doc?.documentElement.getAttribute('lang') ?? undefined;
  const opts = { today, ...(lang ? { lang } : {}) };
  // The cache is a convenience: if storage fails (quota, damage), analyse without it.
  const cached = await analyzeWithCache(url, blocks, { now, ...opts }).catch(() => ({
    analysis: analyzePolicy(blocks, opts),
    changedSince: undefined,
  }));
  // The one pipeline the CLI, the evaluator and the benchmark run (lib/policy-pipeline).
  const { analysis, contacts } = analyzePage({
    blocks,
    today,
    url,
    ...(doc ? { doc } : {}),
    analysis: cached.analysis,
  });
  return {
    url,
    blocks,
    contacts,
    analysis,
    ...(cached.changedSince ? { changedSince: cached.changedSince } : {}),
  };
}
