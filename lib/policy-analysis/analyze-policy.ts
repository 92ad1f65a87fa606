import type { Block, Evidence, Segment } from '../shared/policy-text';
import { buildChecklist } from './checklist';
import { classifySegments } from './classify';
import { extractAttributes } from './extract/extract-attributes';
import { EXTRACT_LANGUAGES } from './extract/lexicons';
import { findFlags } from './flags';
import { detectLanguage } from './language';
import type { PolicyAnalysis } from './schema';
import { segmentBlocks } from '../policy-text/segment-blocks';
import { summarize } from './summarize';

/** Bumped whenever rules or the result's shape change, so cached analyses are redone. */
export const ANALYSIS_VERSION = 2;

/** Enough text to tell the language; the detector reads at most a few thousand words anyway. */
const LANGUAGE_SAMPLE = 20_000;

export interface AnalyzeOptions {
  /** ISO date 'YYYY-MM-DD': the reference for "not updated for years" (no clock in the domain). */
  today: string;
  /** The policy's language when known (the page's lang attribute); detected from the text otherwise. */
  lang?: string;
}

function languageOf(blocks: readonly Block[], lang: string | undefined): string {
  const given = lang?.split('-')[0]?.toLowerCase();
  if (given) {
    return given;
  }
  let sample = '';
  for (const block of blocks) {
    if (sample.length > LANGUAGE_SAMPLE) {
      break;
    }
    sample += `${block.text}\n`;
  }
  return detectLanguage(sample);
}

/** The language whose rules read a policy: rules exist for some languages, others use English's. */
export function rulesLanguage(language: string): string {
  return language === 'und' ? 'en' : language;
}

/**
 * The segments analyzePolicy made of these blocks for an analysis in `language`: the same
 * function, so a cached analysis (stored without its segments) gets them back identical.
 */
export function segmentsOf(blocks: readonly Block[], language: string): Segment[] {
  return segmentBlocks(blocks, rulesLanguage(language));
}

/**
 * A policy's blocks → what it declares and what it leaves out: segments, labels, attributes with
 * evidence, the summary, the GDPR Art. 13/14 checklist and the flags. Pure and fast (milliseconds):
 * the extension, the CLI, the evaluator and the benchmark all call this one function.
 */
export function analyzePolicy(blocks: readonly Block[], opts: AnalyzeOptions): PolicyAnalysis {
  const language = languageOf(blocks, opts.lang);
  // Cues exist for the eight languages of EXTRACT_LANGUAGES (categories: en, fr, de); others are
  // read with the English ones, and the analysis says so (languageCovered).
  const rulesLang = rulesLanguage(language);
  const segments = segmentsOf(blocks, language);
  const labels = classifySegments(segments, rulesLang);
  const attributes = extractAttributes(segments, blocks, rulesLang);
  const checklist = buildChecklist(attributes, labels);
  const flags = findFlags(attributes, checklist, opts.today);
  return {
    version: ANALYSIS_VERSION,
    language,
    languageCovered: EXTRACT_LANGUAGES.includes(language),
    segments,
    labels,
    attributes,
    summary: summarize(attributes, flags),
    checklist,
    flags,
    ...(attributes.lastUpdated ? { lastUpdated: attributes.lastUpdated.date } : {}),
  };
}

/**
 * Where an evidence lies in its block's text — what "Show in page" needs to find and highlight
 * the words in the policy tab (segment offsets index the block; evidence offsets the segment).
 */
export function locateEvidence(
  segments: readonly Segment[],
  evidence: Evidence,
): { block: number; start: number; end: number } | undefined {
  const segment = segments[evidence.segment];
  if (!segment || segment.text.slice(evidence.start, evidence.end) !== evidence.quote) {
    return undefined;
  }
  return {
    block: segment.block,
    start: segment.start + evidence.start,
    end: segment.start + evidence.end,
  };
}
