import type { Evidence, Segment } from '../shared/policy-text';
import { rulesFor } from './rules/index';
import { CHAR_ANCHOR, cueFilter, wordPrefixes, type CueFilter } from './rules/cue-anchors';
import type { Cue } from './rules/rule-types';
import type { GdprRequirement, OppCategory, Topic, Label } from './taxonomy';
import { segmentText } from '../policy-text/segment-blocks';
import { SegmentLabels } from './segment-labels';

export { SegmentLabels };

/** A label is assigned when its summed cue weights reach this (rule weights are scaled to it). */
export const THRESHOLD = 1;
/** Heading cues count for less than the sentence's own words: the innermost heading, then its parents. */
const HEADING_FACTORS = [0.6, 0.3];

interface Compiled {
  re: RegExp;
  /** Matched against the lower-cased text (all but case-sensitive cues). */
  lower: boolean;
  /** Word prefixes a match needs (see cue-anchors); undefined: always run. */
  filter: CueFilter | undefined;
  weight: number;
  labels: readonly Label[];
}
/**
 * A rule list with its filters compiled to numbers (speed: issue 11, item 8): every anchor gets
 * an id, every anchor set an id; a sentence marks the anchors its words start with (each distinct
 * word's anchors are looked up once and cached), hence the sets it meets, and a rule runs only if
 * one of its alternatives has all its sets met.
 */
interface RuleSet {
  rules: Compiled[];
  /** Per rule: its alternatives as lists of set ids; undefined: always run. */
  filters: (number[][] | undefined)[];
  anchorIds: Map<string, number>;
  /** Per anchor id: the ids of the sets holding it. */
  setsOfAnchor: number[][];
  /** Anchors that are a literal character the text must contain: [character, anchor id]. */
  charAnchors: [string, number][];
  setCount: number;
  /** Scratch: which sets the sentence being scored meets. */
  met: Uint8Array;
  /** A word → the ids of the anchor sets it meets (bounded: cleared when full). */
  wordCache: Map<string, readonly number[]>;
}
const compiled = new Map<string, { sentence: RuleSet; heading: Compiled[] }>();

/**
 * Letters of the Latin scripts (the rule languages), as a class usable without the `u` flag.
 * Speed: case-insensitive Unicode regexps are several times slower in V8, so cues run without
 * flags on lower-cased text, with whole-word boundaries spelled out (\b ignores non-ASCII letters).
 */
const LETTER = 'a-z0-9_\\u00c0-\\u024f';

/**
 * `\p{L}` and `~` spelled with LETTER, bare inside a character class, bracketed outside; an
 * apostrophe also matches the typographic one (’), which many policies use ("don’t", "l’accès").
 */
function expandLetters(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (pattern.startsWith('\\p{L}', i)) {
      out += inClass ? `${LETTER}A-Z` : `[${LETTER}A-Z]`;
      i += 4;
    } else if (c === '\\') {
      out += c + (pattern[++i] ?? '');
    } else if (c === '~' && !inClass) {
      out += `[${LETTER}]*`;
    } else if (c === "'") {
      out += inClass ? "'’" : "['’]";
    } else {
      inClass = c === '[' ? true : c === ']' ? false : inClass;
      out += c;
    }
  }
  return out;
}

/** Lower-case a pattern's literal letters, leaving escapes (\W, \S, \u…) alone. */
const lowerLiterals = (pattern: string) =>
  pattern.replace(/\\.|[A-Z]/g, (m) => (m.length === 1 ? m.toLowerCase() : m));

function toRegExp({ pattern, caseSensitive }: Cue): RegExp {
  const expanded = expandLetters(pattern);
  const body = caseSensitive ? expanded : lowerLiterals(expanded);
  return new RegExp(`(?<![${LETTER}A-Z])(?:${body})(?![${LETTER}A-Z])`);
}

function compile(cues: readonly Cue[]): Compiled[] {
  const seen = new Map<string, RegExp>();
  return cues.map((c) => {
    const re = toRegExp(c);
    // a pattern used by several cues (EMAIL_CUE, a data-type list) is one RegExp, run once
    const key = `${c.caseSensitive ? 'cs' : 'lower'}:${re.source}`;
    const shared = seen.get(key) ?? re;
    seen.set(key, shared);
    return {
      weight: c.weight,
      labels: c.labels,
      lower: !c.caseSensitive,
      filter: cueFilter(lowerLiterals(c.pattern)),
      re: shared,
    };
  });
}

function ruleSet(rules: Compiled[]): RuleSet {
  const anchorIds = new Map<string, number>();
  const setsOfAnchor: number[][] = [];
  let setCount = 0;
  const setId = (set: ReadonlySet<string>): number => {
    const id = setCount++;
    for (const anchor of set) {
      let a = anchorIds.get(anchor);
      if (a === undefined) {
        a = anchorIds.size;
        anchorIds.set(anchor, a);
        setsOfAnchor.push([]);
      }
      setsOfAnchor[a]!.push(id);
    }
    return id;
  };
  const filters = rules.map(({ filter }) => filter?.map((sets) => sets.map(setId)));
  const charAnchors = [...anchorIds]
    .filter(([anchor]) => anchor.startsWith(CHAR_ANCHOR))
    .map(([anchor, id]): [string, number] => [anchor.slice(CHAR_ANCHOR.length), id]);
  return {
    rules,
    filters,
    anchorIds,
    setsOfAnchor,
    charAnchors,
    setCount,
    met: new Uint8Array(setCount),
    wordCache: new Map(),
  };
}

function compiledFor(lang: string) {
  let rules = compiled.get(lang);
  if (!rules) {
    const data = rulesFor(lang);
    rules = { sentence: ruleSet(compile(data.sentence)), heading: compile(data.heading) };
    compiled.set(lang, rules);
  }
  return rules;
}

/** Lower-case keeping every offset (a few characters lengthen when lower-cased: keep those). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    return lower;
  }
  return Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join(
    '',
  );
}

type Tally = Map<Label, { score: number; cues: Evidence[] }>;

/** Distinct words cached per rule set before the cache is cleared (hostile pages stay bounded). */
const WORD_CACHE_SIZE = 50_000;

const NO_SETS: readonly number[] = [];

/** The ids of the anchor sets a word meets (its prefixes among the anchors), cached per word. */
function wordSets(word: string, set: RuleSet): readonly number[] {
  let ids = set.wordCache.get(word);
  if (!ids) {
    const found = new Set<number>();
    for (const prefix of wordPrefixes(word)) {
      const anchor = set.anchorIds.get(prefix);
      set.setsOfAnchor[anchor ?? -1]?.forEach((s) => found.add(s));
    }
    ids = found.size ? [...found] : NO_SETS;
    if (set.wordCache.size >= WORD_CACHE_SIZE) {
      set.wordCache.clear();
    }
    set.wordCache.set(word, ids);
  }
  return ids;
}

const NOT_WORD = /[^a-z0-9_\u00c0-\u024f]+/;

/** The indices of the rules that may match `lower` (its words meet their filters), in order. */
function candidates(lower: string, set: RuleSet): number[] {
  const met = set.met;
  met.fill(0);
  for (const word of lower.split(NOT_WORD)) {
    const sets = word === '' ? NO_SETS : wordSets(word, set);
    for (let k = 0; k < sets.length; k++) {
      met[sets[k]!] = 1;
    }
  }
  for (const [char, anchor] of set.charAnchors) {
    if (lower.includes(char)) {
      set.setsOfAnchor[anchor]!.forEach((s) => (met[s] = 1));
    }
  }
  const out: number[] = [];
  for (let i = 0; i < set.filters.length; i++) {
    const filter = set.filters[i];
    if (!filter) {
      out.push(i);
      continue;
    }
    for (let a = 0; a < filter.length; a++) {
      if (allMet(filter[a]!, met)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

function allMet(sets: readonly number[], met: Uint8Array): boolean {
  for (let k = 0; k < sets.length; k++) {
    if (met[sets[k]!] === 0) {
      return false;
    }
  }
  return true;
}

function scoreText(text: string, segment: number, offset: number, set: RuleSet, into: Tally) {
  const lower = lowerSameLength(text);
  const matches = new Map<RegExp, RegExpExecArray | null>();
  for (const i of candidates(lower, set)) {
    const { re, lower: useLower, weight, labels } = set.rules[i]!;
    let match = matches.get(re);
    if (match === undefined) {
      match = re.exec(useLower ? lower : text);
      matches.set(re, match);
    }
    if (!match) {
      continue;
    }
    const end = match.index + match[0].length;
    const evidence = {
      segment,
      start: offset + match.index,
      end: offset + end,
      quote: text.slice(match.index, end),
    };
    for (const label of labels) {
      const entry = into.get(label) ?? { score: 0, cues: [] };
      entry.score += weight;
      if (weight > 0) {
        entry.cues.push(evidence);
      }
      into.set(label, entry);
    }
  }
}

/** A heading's labels and weights, cached: every sentence under a heading asks again. */
const headingCache = new WeakMap<Compiled[], Map<string, [Label, number][]>>();

function headingLabels(heading: string, rules: Compiled[]): [Label, number][] {
  const cache = headingCache.get(rules) ?? new Map<string, [Label, number][]>();
  headingCache.set(rules, cache);
  let found = cache.get(heading);
  if (!found) {
    const lower = lowerSameLength(heading);
    const seen = new Map<Label, number>();
    for (const { re, lower: useLower, weight, labels } of rules) {
      if (re.test(useLower ? lower : heading)) {
        // one heading contributes at most one cue per label
        labels.filter((l) => !seen.has(l)).forEach((l) => seen.set(l, weight));
      }
    }
    found = [...seen];
    cache.set(heading, found);
  }
  return found;
}

function scoreHeadings(headingPath: readonly string[], rules: Compiled[], into: Tally) {
  HEADING_FACTORS.forEach((factor, depth) => {
    const heading = headingPath[headingPath.length - 1 - depth];
    for (const [label, weight] of heading === undefined ? [] : headingLabels(heading, rules)) {
      const entry = into.get(label) ?? { score: 0, cues: [] };
      entry.score += weight * factor;
      into.set(label, entry);
    }
  });
}

/** A tally → labels: score at the threshold and at least one cue in the text itself (evidence). */
function toLabels(segment: number, tally: Tally, threshold = THRESHOLD): SegmentLabels {
  const result: SegmentLabels = { segment, opp: [], gdpr: [], topics: [] };
  const sorted = [...tally].sort((a, b) => b[1].score - a[1].score);
  for (const [label, { score, cues }] of sorted) {
    if (score < threshold || cues.length === 0) {
      continue;
    }
    const [set, id] = label.split(':') as [string, string];
    const rounded = Math.round(score * 100) / 100;
    if (set === 'opp') {
      result.opp.push({ category: id as OppCategory, score: rounded, cues });
    } else if (set === 'gdpr') {
      result.gdpr.push({ requirement: id as GdprRequirement, score: rounded, cues });
    } else {
      result.topics.push({ topic: id as Topic, score: rounded, cues });
    }
  }
  return result;
}

/**
 * Label each segment with OPP-115 categories, GDPR Art. 13/14 disclosures and summary topics,
 * by the weighted cues of `lang`'s rules (English rules for languages without their own) on the
 * segment's text, leaning on its heading path (a sentence under "Data retention" is about retention).
 * A lower `threshold` also returns weak labels (with their scores), for callers that aggregate.
 */
export function classifySegments(
  segments: readonly Segment[],
  lang: string,
  threshold = THRESHOLD,
): SegmentLabels[] {
  const rules = compiledFor(lang);
  return segments.map((segment) => {
    const tally: Tally = new Map();
    scoreText(segment.text, segment.index, 0, rules.sentence, tally);
    scoreHeadings(segment.headingPath, rules.heading, tally);
    return toLabels(segment.index, tally, threshold);
  });
}

/**
 * Classify a free passage (several sentences): each sentence is classified on its own; the
 * passage has a label when one of its sentences has it, with that label's best score and every
 * sentence's evidence. Evidence has `segment` 0 and offsets into `text`.
 */
export function classifyPassage(
  text: string,
  lang: string,
  headingPath: readonly string[] = [],
): SegmentLabels {
  const rules = compiledFor(lang);
  const merged: Tally = new Map();
  for (const span of segmentText(text, lang)) {
    const tally: Tally = new Map();
    scoreText(span.text, 0, span.start, rules.sentence, tally);
    scoreHeadings(headingPath, rules.heading, tally);
    for (const [label, entry] of tally) {
      if (entry.score < THRESHOLD || entry.cues.length === 0) {
        continue;
      }
      const previous = merged.get(label);
      merged.set(label, {
        score: Math.max(previous?.score ?? 0, entry.score),
        cues: [...(previous?.cues ?? []), ...entry.cues],
      });
    }
  }
  return toLabels(0, merged);
}
