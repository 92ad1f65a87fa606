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
export const ANALYSIS_VERSION = 9;

/** Enough text to tell the language; the detector reads at most a few thousand words anyway. */
const LANGUAGE_SAMPLE = 20_000;

export interface AnalyzeOptions {
  /** ISO date 'YYYY-MM-DD': the reference for "not updated for years" (no clock in the domain). */
  today: string;
  /** The policy's language when known (the page's lang attribute); detected from the text otherwise. */
  lang?: string;
}

/** "en-GB", "en_US", "EN" → "en"; what is no language tag ("x-default", "{{lang}}") → undefined. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  return /^\s*([a-z]{2,3})(?:[-_][a-z\d]{1,8})*\s*$/i.exec(tag ?? '')?.[1]?.toLowerCase();
}

/** A block of running text, not a menu entry or a label: where a page's language shows. */
const PROSE_WORDS = 6;

/**
 * Up to LANGUAGE_SAMPLE characters of the blocks' text: running text first (a page whose menus
 * of product names fill the first thousands of words is still told by its sentences), all text
 * when there is no running text.
 */
function sampleOf(blocks: readonly Block[], prose: boolean): string {
  let sample = '';
  for (const block of blocks) {
    if (sample.length > LANGUAGE_SAMPLE) {
      break;
    }
    if (!prose || block.text.split(/\s+/, PROSE_WORDS).length >= PROSE_WORDS) {
      sample += `${block.text}\n`;
    }
  }
  return sample;
}

/**
 * The policy's language: told from its text, and from the page's lang attribute. The attribute
 * wins unless the text is plainly in another of the languages we read: a site template's
 * default ("en" on every page of a French site) must not read a French policy with English cues.
 * A language we have no cues for ("sv") is kept as the page gives it.
 */
function languageOf(blocks: readonly Block[], lang: string | undefined): string {
  const given = primaryLanguage(lang);
  let detected = detectLanguage(sampleOf(blocks, true));
  if (detected === 'und') {
    detected = detectLanguage(sampleOf(blocks, false));
  }
  if (given && (detected === 'und' || !EXTRACT_LANGUAGES.includes(given))) {
    return given;
  }
  return detected;
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
