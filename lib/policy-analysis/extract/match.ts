import type { Evidence, Segment } from '../../shared/policy-text';
import type { Patterns, Table } from './lexicon';
import { mayMatchAny } from '../../shared/may-match';

/** Enough passages to show why; the summary view lists them all, so keep it short. */
export const MAX_EVIDENCE = 5;

export interface Found<K> {
  value: K;
  evidence: Evidence[];
}

const prefilters = new WeakMap<object, Prefilter>();

/** Upper-case letters outside escapes (\\p{L}, \\S, \\W keep their case: it is their meaning). */
const LITERAL_CASE = /\\[pP]\{[^}]*\}|\\.|[A-ZÀ-ÖØ-Þ]/gu;

/**
 * One alternation of many patterns, run on the lower-cased sentence without the `i` flag: a cheap
 * "could any of them match?" test, so most sentences cost one regex run per table instead of one
 * per pattern (issue 4: ms per policy). Case-insensitive Unicode regexps are several times slower
 * in V8, hence lower-casing once instead. It may say yes wrongly (case), never no wrongly; the
 * patterns themselves then decide.
 */
interface Prefilter {
  /** Null: patterns that cannot be joined under one set of flags. */
  re: RegExp | null;
  /** Run on the lower-cased text (Unicode patterns) rather than with the `i` flag. */
  lower: boolean;
  /**
   * The patterns, whose guards (lib/shared/may-match) are tried first: the words a sentence
   * holds rule most tables out before any regex runs (speed, issue 11, item 8).
   */
  patterns: readonly RegExp[];
}

const lowerLiterals = (source: string) =>
  source.replace(LITERAL_CASE, (m) => (m.length === 1 ? m.toLowerCase() : m));

function prefilter(key: object, list: () => readonly RegExp[]): Prefilter {
  let combined = prefilters.get(key);
  if (combined === undefined) {
    const patterns = list();
    // Without `u`, V8's `i` is fast: keep it. With `u`, lower-case the text once instead.
    const lower = patterns.some((p) => p.unicode);
    const source = patterns
      .map((p) => `(?:${lower ? lowerLiterals(p.source) : p.source})`)
      .join('|');
    let re: RegExp | null;
    try {
      re = new RegExp(source, lower ? 'u' : 'i');
    } catch {
      re = null; // patterns that cannot be joined under one set of flags: no prefilter
    }
    combined = { re, lower, patterns };
    prefilters.set(key, combined);
  }
  return combined;
}

/** `list` is called once per key, when its prefilter is first built. */
function mayMatch(text: string, key: object, list: () => readonly RegExp[]): boolean {
  const combined = prefilter(key, list);
  return (
    mayMatchAny(combined.patterns, text) &&
    (combined.re === null || combined.re.test(combined.lower ? text.toLowerCase() : text))
  );
}

/** The first match of any pattern in `text`, or undefined. */
export function firstMatch(text: string, patterns: Patterns): RegExpExecArray | undefined {
  if (!mayMatch(text, patterns, () => patterns)) {
    return undefined;
  }
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) {
      return match;
    }
  }
  return undefined;
}

export function matchesAny(text: string, patterns: Patterns): boolean {
  return mayMatch(text, patterns, () => patterns) && patterns.some((pattern) => pattern.test(text));
}

/** Evidence for a match inside a segment (offsets index the segment's text). */
export function evidenceAt(segment: Segment, start: number, end: number): Evidence {
  return { segment: segment.index, start, end, quote: segment.text.slice(start, end) };
}

export function evidenceOf(segment: Segment, match: RegExpExecArray): Evidence {
  return evidenceAt(segment, match.index, match.index + match[0].length);
}

/** The whole sentence as evidence. */
export function wholeSegment(segment: Segment): Evidence {
  return evidenceAt(segment, 0, segment.text.length);
}

/** Groups evidence by value, keeping first-seen order and at most MAX_EVIDENCE per value. */
export class Collector<K> {
  private readonly found = new Map<K, Evidence[]>();

  add(value: K, evidence: Evidence): void {
    const list = this.found.get(value) ?? [];
    if (list.length < MAX_EVIDENCE && !list.some((e) => e.segment === evidence.segment)) {
      list.push(evidence);
    }
    this.found.set(value, list);
  }

  has(value: K): boolean {
    return this.found.has(value);
  }

  list(): Found<K>[] {
    return [...this.found].map(([value, evidence]) => ({ value, evidence }));
  }
}

/**
 * Every value of `table` stated in the segments that `accept` lets through, each with the
 * passages that state it.
 */
export function matchTable<K extends string>(
  segments: readonly Segment[],
  table: Table<K>,
  accept: (segment: Segment) => boolean = () => true,
): Found<K>[] {
  const collector = new Collector<K>();
  const all = () => Object.values<Patterns>(table).flat();
  for (const segment of segments) {
    if (!mayMatch(segment.text, table, all) || !accept(segment)) {
      continue;
    }
    for (const value of Object.keys(table) as K[]) {
      const match = firstMatch(segment.text, table[value]);
      if (match) {
        collector.add(value, evidenceOf(segment, match));
      }
    }
  }
  return collector.list();
}

/** Passages matching any of the patterns. */
export function matchingSegments(
  segments: readonly Segment[],
  patterns: Patterns,
  accept: (segment: Segment) => boolean = () => true,
): Evidence[] {
  const out: Evidence[] = [];
  for (const segment of segments) {
    // the patterns first: most sentences match none, and `accept` may cost more (isAboutRights)
    const match = firstMatch(segment.text, patterns);
    if (match && accept(segment)) {
      out.push(evidenceOf(segment, match));
    }
  }
  return out;
}

/** Does the sentence, or one of the headings above it, match? ("Data retention" › "…we keep…") */
export function inContext(segment: Segment, patterns: Patterns): boolean {
  return (
    matchesAny(segment.text, patterns) ||
    segment.headingPath.some((heading) => headingMatches(heading, patterns))
  );
}

const headingCache = new WeakMap<Patterns, Map<string, boolean>>();

/** Many sentences share a heading: test each heading once per pattern list. */
function headingMatches(heading: string, patterns: Patterns): boolean {
  let cache = headingCache.get(patterns);
  if (!cache) {
    cache = new Map();
    headingCache.set(patterns, cache);
  }
  let hit = cache.get(heading);
  if (hit === undefined) {
    hit = matchesAny(heading, patterns);
    if (cache.size > 500) {
      cache.clear(); // bounded: headings of one policy, not of every policy ever read
    }
    cache.set(heading, hit);
  }
  return hit;
}
