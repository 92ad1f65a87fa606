import { analyzePage } from '../policy-pipeline/analyze-page';
import { htmlToBlocks } from '../policy-text/html-to-blocks';
import { textToBlocks } from '../policy-text/text-to-blocks';
import type { AnalyzedHtml } from './analysis-reply';
import { parseHtml } from './parse-html';
import { reuseOrAnalyze, type Reusable } from './reuse-analysis';

/** What the page sends the analysis worker. */
export interface AnalyzeHtmlInput {
  body: string;
  url: string;
  today: string;
  /** The Content-Type it was served with; text/plain is read as text. */
  contentType: string;
  /** The cached analysis of this URL, reused when the text is the same (analysis-cache.ts). */
  reusable?: Reusable;
}

/**
 * The policy's HTML (or plain text) → blocks, analysis and contacts: what the analysis worker
 * runs, off the popup's thread. The same parse (linkedom) and the same pipeline
 * (lib/policy-pipeline) as `npm run cli -- analyze`.
 */
export function analyzeHtml(input: AnalyzeHtmlInput): AnalyzedHtml {
  const { body, url, today } = input;
  const doc = /^text\/plain\b/i.test(input.contentType) ? undefined : parseHtml(body);
  const blocks = doc ? htmlToBlocks(doc, url) : textToBlocks(body);
  const lang = doc?.documentElement.getAttribute('lang') ?? undefined;
  const decided = reuseOrAnalyze(blocks, input.reusable, { today, ...(lang ? { lang } : {}) });
  const { analysis, contacts } = analyzePage({
    blocks,
    today,
    url,
    ...(doc ? { doc } : {}),
    analysis: decided.analysis,
  });
  return { blocks, analysis, contacts, hash: decided.hash, fromCache: decided.fromCache };
}
