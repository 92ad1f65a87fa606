import type { Evidence, Segment } from '../../shared/policy-text';
import type { Patterns, Table } from './lexicon';
import { mayMatch, mayMatchAny } from '../../shared/may-match';

/** Enough passages to show why; the summary view lists them all, so keep it short. */
export const MAX_EVIDENCE = 5;

export interface Found<K> {
  value: K;
  evidence: Evidence[];
}

/** Each table's patterns in one list, asked about before any of its values. */
const tableLists = new WeakMap<object, readonly RegExp[]>();

function tableList(table: Table<string>): readonly RegExp[] {
  let list = tableLists.get(table);
  if (list === undefined) {
    list = Object.values<Patterns>(table).flat();
    tableLists.set(table, list);
  }
  return list;
}

/** The first match of any pattern in `text`, or undefined. */
export function firstMatch(text: string, patterns: Patterns): RegExpExecArray | undefined {
  // The words each pattern needs (lib/shared/may-match) rule most lists, and most patterns of the
  // rest, out before any runs (speed, issue 11, item 8).
  if (!mayMatchAny(patterns, text)) {
    return undefined;
  }
  for (const pattern of patterns) {
    if (patterns.length > 1 && !mayMatch(pattern, text)) {
      continue;
    }
    const match = pattern.exec(text);
    if (match) {
      return match;
    }
  }
  return undefined;
}

export function matchesAny(text: string, patterns: Patterns): boolean {
  return (
    mayMatchAny(patterns, text) &&
    patterns.some(
      (pattern) => (patterns.length === 1 || mayMatch(pattern, text)) && pattern.test(text),
    )
  );
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
  const all = tableList(table);
  for (const segment of segments) {
    if (!mayMatchAny(all, segment.text) || !accept(segment)) {
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
