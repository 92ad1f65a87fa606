import { runEval } from '../support/run-eval';
import { classifySegments } from '../../lib/policy-analysis/classify';
import { detectLanguage } from '../../lib/policy-analysis/language';
import { segmentBlocks } from '../../lib/policy-text/segment-blocks';
import {
  OPP_CATEGORIES,
  oppCategoryByName,
  type OppCategory,
} from '../../lib/policy-analysis/taxonomy';
import { count, emptyCounts, prf, round3, type Counts } from '../support/metrics';
import { oppSegmentBlocks, readOpp115, type OppPolicy } from '../support/opp115';

/**
 * OPP-115 segment classification (multi-label, gold = majority `categories`):
 *   npm run eval -- categories --opp115 <policies.jsonl> [--json]
 *
 * How sentence labels become an OPP-115 segment's labels (a segment is a paragraph or more):
 * 1. The segment's text becomes blocks (a leading heading line becomes the heading path of the
 *    lines after it, as html-to-blocks gives on a page), then sentences (segmentBlocks).
 * 2. Each sentence is classified (classifySegments) keeping weak labels (score ≥ WEAK); a
 *    category's segment score is the sum of its sentence scores, each capped at SENTENCE_CAP.
 *    One sentence must state the category (score ≥ THRESHOLD on its own): weak mentions spread
 *    over a paragraph (a data type here, "security" there) state nothing — except for access,
 *    which policies describe in steps (the page to visit, the address to write to; STEPWISE).
 * 3. A category is predicted when its segment score reaches THRESHOLD — except that the broad
 *    categories (first/third party, choice, access, other), which one incidental phrase can
 *    trigger, must also reach DOMINANCE × the segment's top score — except that a sharing or
 *    access statement made by one sentence on its own (score ≥ DECISIVE) stands beside a longer
 *    description of collection (a paragraph is often about both: multi-label).
 * 4. 'Other' (introductions, contact details, scope, practices not covered) is predicted when
 *    its own cues fire, for tables of contents and segments of headings only, and when no
 *    category reaches THRESHOLD — unless the best one has at least FALLBACK, which is then
 *    predicted instead.
 * 5. A list item read on its own says little ("standard server log information;"): the segment
 *    that opened the list with ':' lends it its categories (LEAD_IN).
 * 6. A paragraph addressed to a specific audience (children, California residents, users outside
 *    the US) is about that audience: what it says of collection, sharing, choices, access,
 *    retention, security or changes are that audience's terms, not the policy's general practice
 *    (AUDIENCE_KEEPS: only 'Other' and Do Not Track, which such notices often answer, stay).
 * 7. A paragraph about how data is secured, how users reach their own data, or how the policy
 *    changes names the data it concerns ("safeguards for your personal information"); it does not
 *    describe collection: no First Party Collection/Use beside those (NARROW), unless one
 *    sentence states collection on its own (score ≥ DECISIVE).
 */
const WEAK = 0.3;
const SENTENCE_CAP = 2;
const THRESHOLD = 1;
const DOMINANCE = 0.6;
const DECISIVE = 1.5;
/** Broad categories one decisive sentence keeps (collection, choice and 'Other' are mentioned in passing everywhere). */
const DECISIVE_CATEGORIES = new Set<OppCategory>(['third-party', 'user-access']);
/** Categories a paragraph may state across its sentences, none stating it alone (step 2). */
const STEPWISE = new Set<OppCategory>(['user-access']);
/** Nothing reached THRESHOLD: the best weak category if it has half of it, else 'Other'. */
const FALLBACK = 0.5;
const BROAD = new Set<OppCategory>([
  'first-party',
  'third-party',
  'user-choice',
  'user-access',
  'other',
]);

/** What a paragraph addressed to a specific audience keeps beside it (rule 6). */
const AUDIENCE_KEEPS = new Set<OppCategory>(['specific-audiences', 'other', 'do-not-track']);

/** Practices whose paragraphs name data without describing its collection (rule 7). */
const NARROW = ['data-security', 'user-access', 'policy-change'] as const;

/** A table of contents (mostly short lines without a full stop) introduces; it discloses nothing. */
function isTableOfContents(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const short = lines.filter((line) => line.length < 90 && !/[.!;]\s*$/u.test(line));
  // a contact block (a paragraph, then address lines) is not a table of contents
  return lines.length >= 4 && short.length >= 0.6 * lines.length && (lines[0]?.length ?? 0) < 150;
}

/**
 * A list item's segment ("create an account if you asked for one;") reads its list's lead-in (the
 * previous segment ending with ':', "We use information to:"): what the lead-in says counts for
 * the item at this factor, as a heading counts for the lines under it.
 */
const LEAD_IN = 0.6;

/** The lead-in the next segment reads: this one if it opens a list, else the list still open. */
export function nextLeadIn(text: string, leadIn: string | undefined): string | undefined {
  const trimmed = text.trim();
  if (trimmed.endsWith(':')) {
    return trimmed;
  }
  // an item ending with ';', ',' or "and"/"or" is followed by another item of the same list
  return leadIn !== undefined && /(?:[;,]|\b(?:and|or))$/u.test(trimmed) ? leadIn : undefined;
}

/** Words a title leaves in lower case ("Information You Provide to Us"). */
const TITLE_SMALL_WORDS = new Set(
  'a an and as at by do does for from in is of on or our the to us we with you your'.split(' '),
);

/** A heading line: at most 100 characters, every word but the small ones capitalised. */
function isTitleLine(line: string): boolean {
  const words = line.replace(/^[0-9ivx]+[.)]\s*/iu, '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const big = words.filter((word) => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return line.length <= 100 && big.length > 0 && big.every((word) => /^\p{Lu}/u.test(word));
}

export function predictOppSegment(text: string, lang: string, leadIn?: string): Set<OppCategory> {
  // headings alone ("Information You Provide to Us") announce a section; they disclose nothing
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (isTableOfContents(text) || lines.every((line) => isTitleLine(line.trim()))) {
    return new Set(['other']);
  }
  const segments = segmentBlocks(oppSegmentBlocks(text), lang);
  const scores = new Map<OppCategory, number>();
  const best = new Map<OppCategory, number>();
  for (const labels of classifySegments(segments, lang, WEAK)) {
    for (const { category, score } of labels.opp) {
      scores.set(category, (scores.get(category) ?? 0) + Math.min(score, SENTENCE_CAP));
      best.set(category, Math.max(best.get(category) ?? 0, score));
    }
  }
  // the lead-in's last sentence; that it introduces ('Other') is not said of the item
  const lead = leadIn === undefined ? [] : segmentBlocks(oppSegmentBlocks(leadIn), lang).slice(-1);
  for (const labels of classifySegments(lead, lang, WEAK)) {
    for (const { category, score } of labels.opp.filter((l) => l.category !== 'other')) {
      const lent = LEAD_IN * Math.min(score, SENTENCE_CAP);
      scores.set(category, (scores.get(category) ?? 0) + lent);
      best.set(category, Math.max(best.get(category) ?? 0, lent));
    }
  }
  const top = Math.max(0, ...scores.values());
  const predicted = new Set<OppCategory>();
  for (const [category, score] of scores) {
    const decisive = DECISIVE_CATEGORIES.has(category) && (best.get(category) ?? 0) >= DECISIVE;
    const dominated = BROAD.has(category) && score < DOMINANCE * top && !decisive;
    const stated = STEPWISE.has(category) || (best.get(category) ?? 0) >= THRESHOLD;
    if (score >= THRESHOLD && !dominated && stated) {
      predicted.add(category);
    }
  }
  if (predicted.has('specific-audiences')) {
    [...predicted].filter((c) => !AUDIENCE_KEEPS.has(c)).forEach((c) => predicted.delete(c));
  }
  if (NARROW.some((c) => predicted.has(c)) && (best.get('first-party') ?? 0) < DECISIVE) {
    predicted.delete('first-party');
  }
  if (predicted.size === 0) {
    const best = [...scores].sort((x, y) => y[1] - x[1])[0];
    predicted.add(best && best[1] >= FALLBACK ? best[0] : 'other');
  }
  return predicted;
}

export function evaluateCategories(policies: OppPolicy[]) {
  const counts = new Map<OppCategory, Counts>(OPP_CATEGORIES.map(({ id }) => [id, emptyCounts()]));
  let segmentCount = 0;
  for (const policy of policies) {
    const lang = policyLanguage(policy.segments.map((s) => s.text).join('\n'));
    let leadIn: string | undefined;
    for (const segment of policy.segments) {
      segmentCount++;
      const predicted = predictOppSegment(segment.text, lang, leadIn);
      leadIn = nextLeadIn(segment.text, leadIn);
      const gold = new Set(segment.categories.map(oppCategoryByName));
      for (const [id, c] of counts) {
        count(c, predicted.has(id), gold.has(id));
      }
    }
  }
  const perCategory: Record<string, ReturnType<typeof prf> & { support: number }> = {};
  const total = emptyCounts();
  for (const { id, name } of OPP_CATEGORIES) {
    const c = counts.get(id)!;
    const { precision, recall, f1 } = prf(c);
    perCategory[name] = {
      precision: round3(precision),
      recall: round3(recall),
      f1: round3(f1),
      support: c.tp + c.fn,
    };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  // The mean of the exact per-category F1s, not of the rounded ones shown above.
  const f1s = OPP_CATEGORIES.map(({ id }) => prf(counts.get(id)!).f1);
  return {
    perCategory,
    macroF1: round3(f1s.reduce((a, b) => a + b, 0) / f1s.length),
    microF1: round3(prf(total).f1),
    segments: segmentCount,
    policies: policies.length,
  };
}

function policyLanguage(text: string): string {
  const lang = detectLanguage(text);
  return lang === 'und' ? 'en' : lang;
}

export function run(args: string[]): Promise<number> {
  return runEval(args, {
    command: 'categories',
    flag: 'opp115',
    usage: 'usage: npm run eval -- categories --opp115 <policies.jsonl> [--json]',
    evaluate: (path) => evaluateCategories(readOpp115(path)),
    report,
  });
}

function report(result: ReturnType<typeof evaluateCategories>): string {
  const rows = Object.entries(result.perCategory).map(
    ([name, m]) =>
      `${name.padEnd(38)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}  ${String(m.support).padStart(5)}`,
  );
  return [
    `OPP-115: ${result.policies} policies, ${result.segments} segments (gold: majority labels)`,
    `${'category'.padEnd(38)} prec.  recall  F1     support`,
    ...rows,
    `macro-F1 ${result.macroF1.toFixed(3)}   micro-F1 ${result.microF1.toFixed(3)}`,
    '',
  ].join('\n');
}
