import { analyzePolicy } from '../policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../policy-analysis/schema';
import { findContacts } from '../policy-detection/find-contacts';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block, Evidence, Segment } from '../shared/policy-text';

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
  return { analysis: agreeing(analysis, contacts), contacts };
}

/**
 * The checklist says what the contact panel shows: a controller the policy states (or names as
 * the site's operator) is its identity under Art. 13(1)(a) even where no sentence was classified
 * as naming it — the panel would otherwise show "ASOCIACIÓN X, the controller" beside "controller's
 * identity: not found". Only the statements the finder rests on a sentence of the policy count,
 * quoted as evidence; a guess (role `named`) does not. Idempotent: a cached analysis passes again.
 */
function agreeing(analysis: PolicyAnalysis, contacts: ContactsResult): PolicyAnalysis {
  const controller = contacts.controller;
  const item = analysis.checklist.find((i) => i.id === 'controllerIdentity');
  if (
    !controller ||
    controller.role === 'named' ||
    !controller.role ||
    item?.status !== 'missing'
  ) {
    return analysis;
  }
  const evidence = quoteOf(analysis.segments, controller.evidence, controller.name);
  if (!evidence) {
    return analysis;
  }
  return {
    ...analysis,
    checklist: analysis.checklist.map((i) =>
      i === item ? { ...i, status: 'present', evidence: [evidence] } : i,
    ),
  };
}

/**
 * Where the policy says it: the segment holding the finder's sentence (else one holding the
 * name), quoting the name in it when it is there (a short, exact quote), else the sentence.
 */
function quoteOf(segments: readonly Segment[], sentence: string, name: string): Evidence | null {
  const s =
    (sentence ? segments.find((x) => x.text.includes(sentence)) : undefined) ??
    (name ? segments.find((x) => x.text.includes(name)) : undefined);
  if (!s) {
    return null;
  }
  const quote = name && s.text.includes(name) ? name : sentence;
  const start = s.text.indexOf(quote);
  return { segment: s.index, start, end: start + quote.length, quote };
}
