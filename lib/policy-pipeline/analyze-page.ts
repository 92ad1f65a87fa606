import { analyzePolicy } from '../policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../policy-analysis/schema';
import { findContacts } from '../policy-detection/find-contacts';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block } from '../shared/policy-text';

export interface AnalyzePageInput {
  /** The policy as text blocks (lib/policy-text: HTML, Markdown or plain text). */
  blocks: readonly Block[];
  /** ISO date 'YYYY-MM-DD' (no clock in the domains). */
  today: string;
  /** Where the policy was read: the site's country and own domain, request-form links. */
  url?: string;
  /** The parsed page for HTML inputs: mailto links, Cloudflare-protected addresses, JSON-LD. */
  doc?: Document;
  /** The page's lang attribute when it has one; detected from the text otherwise. */
  lang?: string;
  /**
   * An analysis of these very blocks made before (the extension's cache, lib/app/analysis-cache),
   * so it is not redone; contacts are always found afresh over its segments.
   */
  analysis?: PolicyAnalysis;
}

export interface PageAnalysis {
  /** What the policy declares: segments, labels, attributes, summary, checklist, flags. */
  analysis: PolicyAnalysis;
  /** Who to write to: contacts best first, the controller, the DPO, the authority named. */
  contacts: ContactsResult;
}

/**
 * The one pipeline from a policy's blocks to the whole analysis (DESIGN.md, house style 14): the
 * extension (lib/app), `npm run cli -- analyze`, the evaluator and the benchmark all call this,
 * so what is measured is what ships. One segmentation serves both halves, so a contact's
 * `at.segment` and the analysis' evidence index the same list; the DPO and the authority are
 * recognised once (lib/policy-detection), and the analysis' attributes use the same recognisers.
 */
export function analyzePage(input: AnalyzePageInput): PageAnalysis {
  const analysis =
    input.analysis ??
    analyzePolicy(input.blocks, {
      today: input.today,
      ...(input.lang ? { lang: input.lang } : {}),
    });
  const contacts = findContacts(input.blocks, {
    segments: analysis.segments,
    ...(analysis.language !== 'und' ? { lang: analysis.language } : {}),
    ...(input.url ? { pageUrl: input.url } : {}),
    ...(input.doc ? { doc: input.doc } : {}),
  });
  return { analysis, contacts };
}
