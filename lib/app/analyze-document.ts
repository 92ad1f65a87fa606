import { analyzePolicy } from '../policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../policy-analysis/schema';
import { findContacts } from '../policy-detection/find-contacts';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block } from '../shared/policy-text';
import { htmlToBlocks } from '../policy-text/html-to-blocks';
import { textToBlocks } from '../policy-text/text-to-blocks';

export interface DocumentAnalysis {
  url: string;
  blocks: Block[];
  contacts: ContactsResult;
  analysis: PolicyAnalysis;
}

/**
 * The policy's HTML → contacts and analysis, with the browser's own DOMParser: the same pure
 * functions the CLI runs over linkedom. Parsing with DOMParser runs no script and loads nothing.
 */
export function analyzeDocument(
  body: string,
  url: string,
  today: string,
  contentType = '',
): DocumentAnalysis {
  if (/^text\/plain\b/i.test(contentType)) {
    const blocks = textToBlocks(body);
    const analysis = analyzePolicy(blocks, { today });
    return {
      url,
      blocks,
      contacts: findContacts(blocks, { pageUrl: url, segments: analysis.segments }),
      analysis,
    };
  }
  const doc = new DOMParser().parseFromString(body, 'text/html');
  const blocks = htmlToBlocks(doc);
  const lang = doc.documentElement.getAttribute('lang') ?? undefined;
  // One segmentation for both: a contact's `at.segment` and the analysis' evidence index the same list.
  const analysis = analyzePolicy(blocks, { today, ...(lang ? { lang } : {}) });
  return {
    url,
    blocks,
    contacts: findContacts(blocks, { pageUrl: url, doc, segments: analysis.segments }),
    analysis,
  };
}
