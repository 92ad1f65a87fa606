import type { Evidence, Segment } from '../shared/policy-text';
import { rulesFor } from './rules/index';
import { CHAR_ANCHOR, cueFilter, cueStarts, type CueFilter } from './rules/cue-anchors';
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
  /** `re` without its leading lookbehind, global: what firstMatch runs (see there). */
  search: RegExp;
  /** Matched against the lower-cased text (all but case-sensitive cues). */
  lower: boolean;
  /** Word prefixes a match needs (see cue-anchors); undefined: always run. */
  filter: CueFilter | undefined;
  /** The words a match starts with (cueStarts; lower-case cues only); undefined: anywhere. */
  starts: ReadonlySet<string> | undefined;
  weight: number;
  labels: readonly Label[];
}
/**
 * A rule list with its filters compiled to numbers (speed: issue 11, item 8): every anchor set
 * gets an id; a sentence marks the sets its words' prefixes meet (read in one walk of a trie of
 * the anchors as the words are scanned), and a rule runs only if one of its alternatives has all
 * its sets met.
 */
interface RuleSet {
  rules: Compiled[];
  /** Per rule: the index of its RegExp among the set's distinct ones (shared patterns run once). */
  regexOf: number[];
  /** Scratch, per distinct RegExp: its result in the sentence being scored, valid when `stamps` says so. */
  results: (RegExpExecArray | null)[];
  stamps: Uint32Array;
  /** The sentence being scored (bumped per sentence: what `stamps` and `nodeStamps` compare to). */
  stamp: number;
  /**
   * Per distinct RegExp: the id of the words its matches start with (a "start group"), or -1
   * (no such words known: searched through the sentence); with a sticky copy of its search,
   * tried only at the sentence's words of its group.
   */
  startOf: number[];
  sticky: (RegExp | undefined)[];
  /**
   * Scratch: the sentence's words that begin with some start group's word, in order — where
   * each begins (`wordAt`) and where the row of its last trie node starts in `groupBits` (`wordRow`) — and
   * the start groups its words meet (`sentenceGroups`, a bit per group). Refilled per sentence,
   * grown when full: nothing is allocated per word.
   */
  wordAt: Int32Array;
  wordRow: Int32Array;
  wordCount: number;
  sentenceGroups: Int32Array;
  /** Scratch: the rules whose start groups the sentence meets, or that have none (a bit per rule). */
  sentenceRules: Int32Array;
  /** The rules whose RegExp has no start group (a bit per rule): candidates in every sentence. */
  alwaysRules: Int32Array;
  /** Scratch: the candidate rules of the sentence being scored, the first `outCount`. */
  out: Int32Array;
  outCount: number;
  /**
   * Per rule, its filter's alternatives flattened: from `filterAt[i]` to `filterAt[i + 1]`,
   * each alternative as its length then its set ids; an empty range: no filter (always run).
   */
  filterAt: Int32Array;
  filterData: Int32Array;
  /**
   * The sets met by a character the text must contain, per ASCII code (`charSets`) or other
   * code (`wideCharSets`): marked as the scan meets a character that is no word character.
   */
  charSets: (readonly number[])[];
  wideCharSets: Map<number, readonly number[]>;
  trie: Trie;
  setCount: number;
  /** Scratch: which sets the sentence being scored meets. */
  met: Uint8Array;
}

/**
 * The anchors and start words of a rule set, letter by letter: a word's prefixes that are
 * anchors are the nodes met walking down from the root with its letters (its first 12 at most:
 * no anchor is longer), so the words of a sentence are read as it is scanned, with no string
 * made or looked up per word. Each node holds what the whole path to it meets — the word's
 * last node reached says it all, read once per word, and once per sentence for a word repeated.
 */
interface Trie {
  /** `node * COLUMNS + column` → the child node; 0: none (the root is no one's child). */
  next: Int32Array;
  /** `node * 0x250 + code` → the child node, for the word characters U+00C0–U+024F. */
  wide: Map<number, number>;
  /**
   * Per node: the ids of the anchor sets met by its prefix or a shorter one (each once), from
   * `setAt[node]` to `setAt[node + 1]` in `setData`.
   */
  setAt: Int32Array;
  setData: Int32Array;
  /** Per node: its row in groupBits and ruleBits, or -1 when no prefix of it starts a group. */
  row: Int32Array;
  /** Per row: the start groups its node's prefixes are words of (GROUP_WORDS × 32 bits). */
  groupBits: Int32Array;
  /** Per row: the rules whose RegExp's start group is one of those (RULE_WORDS × 32 bits). */
  ruleBits: Int32Array;
  /** Scratch, per node: the sentence (stamp) whose sets and groups it last marked. */
  nodeStamps: Uint32Array;
  groupWords: number;
  ruleWords: number;
}

/** A trie column per ASCII word character (a–z, 0–9, _); -1: not a word character. */
const COLUMN = new Int8Array(128).fill(-1);
const ASCII_WORD = 'abcdefghijklmnopqrstuvwxyz0123456789_';
for (let c = 0; c < ASCII_WORD.length; c++) {
  COLUMN[ASCII_WORD.charCodeAt(c)] = c;
}
const COLUMNS = ASCII_WORD.length;
const WIDE_FROM = 0xc0;
const WIDE_TO = 0x24f;

const NONE: readonly number[] = [];

/**
 * A trie of `words` (word characters only), each node holding the sets its path meets and the
 * start groups its path's words are of (as bits, with the bits of their rules: `rulesOf[group]`).
 */
function buildTrie(
  words: Map<string, { sets: number[]; starts: number[] }>,
  rulesOf: readonly (readonly number[])[],
  ruleCount: number,
): Trie {
  const next: number[] = new Array<number>(COLUMNS).fill(0);
  const wide = new Map<number, number>();
  const parent: number[] = [0];
  const sets: (readonly number[])[] = [NONE];
  const starts: (readonly number[])[] = [NONE];
  for (const [word, ids] of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const column = code < 128 ? COLUMN[code]! : -1;
      const key = column >= 0 ? node * COLUMNS + column : node * (WIDE_TO + 1) + code;
      let child = column >= 0 ? next[key]! : (wide.get(key) ?? 0);
      if (child === 0) {
        child = sets.length;
        parent.push(node);
        sets.push(NONE);
        starts.push(NONE);
        next.push(...new Array<number>(COLUMNS).fill(0));
        if (column >= 0) {
          next[key] = child;
        } else {
          wide.set(key, child);
        }
      }
      node = child;
    }
    sets[node] = ids.sets;
    starts[node] = ids.starts;
  }
  // what a node's path meets: its parent's (made before it) and its own, each once
  for (let node = 1; node < sets.length; node++) {
    const up = parent[node]!;
    sets[node] = [...new Set([...sets[up]!, ...sets[node]!])];
    starts[node] = [...new Set([...starts[up]!, ...starts[node]!])];
  }
  const groupWords = Math.max(1, Math.ceil(rulesOf.length / 32));
  const ruleWords = Math.max(1, Math.ceil(ruleCount / 32));
  const row = new Int32Array(sets.length).fill(-1);
  const rows = starts.filter((groups) => groups.length > 0).length;
  const groupBits = new Int32Array(rows * groupWords);
  const ruleBits = new Int32Array(rows * ruleWords);
  let r = 0;
  starts.forEach((groups, node) => {
    if (groups.length === 0) {
      return;
    }
    row[node] = r;
    for (const g of groups) {
      const gw = r * groupWords + (g >>> 5);
      groupBits[gw] = groupBits[gw]! | (1 << (g & 31));
      for (const rule of rulesOf[g]!) {
        const rw = r * ruleWords + (rule >>> 5);
        ruleBits[rw] = ruleBits[rw]! | (1 << (rule & 31));
      }
    }
    r++;
  });
  const setAt = new Int32Array(sets.length + 1);
  const setData: number[] = [];
  sets.forEach((ids, node) => {
    setData.push(...ids);
    setAt[node + 1] = setData.length;
  });
  return {
    next: Int32Array.from(next),
    wide,
    setAt,
    setData: Int32Array.from(setData),
    row,
    groupBits,
    ruleBits,
    nodeStamps: new Uint32Array(sets.length),
    groupWords,
    ruleWords,
  };
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

/**
 * Lower-case a pattern's literal letters, leaving escapes (\W, \S, \u…) alone — every capital,
 * not only A–Z: the filters are read from this and met by lower-cased text, so an "OÜ" left as
 * "oÜ" was an anchor no sentence could meet.
 */
const lowerLiterals = (pattern: string) =>
  pattern.replace(/\\.|\p{Lu}/gu, (m) => (m.length === 1 ? m.toLowerCase() : m));

/**
 * A pattern's groups made non-capturing (V8 runs it faster; only the match's place and text are
 * read), unless it refers back to a group. Escapes and classes are left as they are.
 */
function nonCapturing(pattern: string): string {
  return /\\[1-9]|\\k</.test(pattern)
    ? pattern
    : pattern.replace(/\\.|\[(?:\\.|[^\]])*\]|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m));
}

function toRegExp({ pattern, caseSensitive }: Cue): { re: RegExp; search: RegExp } {
  const expanded = expandLetters(pattern);
  const body = caseSensitive ? expanded : lowerLiterals(expanded);
  return {
    re: new RegExp(`(?<![${LETTER}A-Z])(?:${body})(?![${LETTER}A-Z])`),
    search: new RegExp(`(?:${nonCapturing(body)})(?![${LETTER}A-Z])`, 'g'),
  };
}

function compile(cues: readonly Cue[]): Compiled[] {
  const seen = new Map<string, { re: RegExp; search: RegExp }>();
  return cues.map((c) => {
    const regexps = toRegExp(c);
    // a pattern used by several cues (EMAIL_CUE, a data-type list) is one RegExp, run once
    const key = `${c.caseSensitive ? 'cs' : 'lower'}:${regexps.re.source}`;
    const shared = seen.get(key) ?? regexps;
    seen.set(key, shared);
    return {
      weight: c.weight,
      labels: c.labels,
      lower: !c.caseSensitive,
      filter: cueFilter(lowerLiterals(c.pattern)),
      starts: c.caseSensitive ? undefined : cueStarts(lowerLiterals(c.pattern)),
      re: shared.re,
      search: shared.search,
    };
  });
}

/** Whether a UTF-16 unit is one of `[${LETTER}A-Z]` (what a cue's match must not follow). */
function isLetterUnit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

/**
 * `re.exec(text)` for a cue's `re` = `(?<![letter])(?:body)(?![letter])`, found faster (speed,
 * issue 11, item 8): V8 searches the body without the lookbehind in its place; a match found
 * right after a letter is skipped and the search resumes one character further. The leftmost
 * place where the body matches and no letter precedes is the same, and there the same match.
 */
function firstMatch(search: RegExp, text: string): RegExpExecArray | null {
  search.lastIndex = 0;
  for (;;) {
    const match = search.exec(text);
    if (!match || match.index === 0 || !isLetterUnit(text.charCodeAt(match.index - 1))) {
      return match;
    }
    search.lastIndex = match.index + 1;
  }
}

/**
 * A filter's alternatives without those that need all another one needs and more (met only when
 * that one is: they change nothing), nor repeats.
 */
function withoutSupersets(alternatives: number[][]): number[][] {
  return alternatives.filter(
    (alt, i) =>
      !alternatives.some(
        (other, j) =>
          j !== i &&
          (other.length < alt.length || (other.length === alt.length && j < i)) &&
          other.every((id) => alt.includes(id)),
      ),
  );
}

function ruleSet(rules: Compiled[]): RuleSet {
  const anchorIds = new Map<string, number>();
  const setsOfAnchor: number[][] = [];
  let setCount = 0;
  // one id per distinct set: the same words ("we|us|our company", a data-type list) fill many filters
  const setIds = new Map<string, number>();
  const setId = (set: ReadonlySet<string>): number => {
    const key = [...set].sort().join(' ');
    const known = setIds.get(key);
    if (known !== undefined) {
      return known;
    }
    const id = setCount++;
    setIds.set(key, id);
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
  const filters = rules.map(
    ({ filter }) => filter && withoutSupersets(filter.map((sets) => [...new Set(sets.map(setId))])),
  );
  const regexIds = new Map<RegExp, number>();
  const groupIds = new Map<string, number>();
  const groupsOfStart = new Map<string, number[]>();
  const startOf: number[] = [];
  const sticky: (RegExp | undefined)[] = [];
  const regexOf = rules.map(({ re, search, starts }) => {
    let id = regexIds.get(re);
    if (id === undefined) {
      id = regexIds.size;
      regexIds.set(re, id);
      // rules sharing a RegExp share its pattern's starts: those of the first are sound for all
      let group = -1;
      if (starts) {
        const key = [...starts].sort().join(' ');
        group = groupIds.get(key) ?? groupIds.size;
        if (!groupIds.has(key)) {
          groupIds.set(key, group);
          for (const word of starts) {
            groupsOfStart.set(word, [...(groupsOfStart.get(word) ?? []), group]);
          }
        }
      }
      startOf.push(group);
      sticky.push(group < 0 ? undefined : new RegExp(search.source, 'y'));
    }
    return id;
  });
  // per start group, the rules whose RegExp has it; the rules with none run in every sentence
  const rulesOf: number[][] = Array.from({ length: groupIds.size }, () => []);
  const ruleWords = Math.max(1, Math.ceil(rules.length / 32));
  const alwaysRules = new Int32Array(ruleWords);
  regexOf.forEach((r, i) => {
    const group = startOf[r]!;
    if (group >= 0) {
      rulesOf[group]!.push(i);
    } else {
      alwaysRules[i >>> 5] = alwaysRules[i >>> 5]! | (1 << (i & 31));
    }
  });
  const filterAt = new Int32Array(rules.length + 1);
  const filterData: number[] = [];
  filters.forEach((filter, i) => {
    for (const alternative of filter ?? []) {
      filterData.push(alternative.length, ...alternative);
    }
    filterAt[i + 1] = filterData.length;
  });
  // a character anchor is never a word character (anchors read runs of them as words)
  const charSets: number[][] = Array.from({ length: 128 }, () => []);
  const wideCharSets = new Map<number, number[]>();
  const words = new Map<string, { sets: number[]; starts: number[] }>();
  for (const [anchor, id] of anchorIds) {
    if (anchor.startsWith(CHAR_ANCHOR)) {
      const code = anchor.charCodeAt(CHAR_ANCHOR.length);
      if (code < 128 ? COLUMN[code]! >= 0 : code >= WIDE_FROM && code <= WIDE_TO) {
        throw new Error(`a character anchor that is a word character: ${anchor}`);
      }
      const list = code < 128 ? charSets[code]! : (wideCharSets.get(code) ?? []);
      list.push(...setsOfAnchor[id]!);
      if (code >= 128) {
        wideCharSets.set(code, list);
      }
    } else {
      words.set(anchor, { sets: setsOfAnchor[id]!, starts: [] });
    }
  }
  for (const [word, groups] of groupsOfStart) {
    words.set(word, { sets: words.get(word)?.sets ?? [], starts: groups });
  }
  const trie = buildTrie(words, rulesOf, rules.length);
  return {
    rules,
    regexOf,
    results: new Array<RegExpExecArray | null>(regexIds.size).fill(null),
    stamps: new Uint32Array(regexIds.size),
    stamp: 0,
    startOf,
    sticky,
    wordAt: new Int32Array(64),
    wordRow: new Int32Array(64),
    wordCount: 0,
    sentenceGroups: new Int32Array(trie.groupWords),
    sentenceRules: new Int32Array(ruleWords),
    alwaysRules,
    out: new Int32Array(rules.length),
    outCount: 0,
    filterAt,
    filterData: Int32Array.from(filterData),
    charSets: charSets.map((ids) => (ids.length ? ids : NONE)),
    wideCharSets,
    trie,
    setCount,
    met: new Uint8Array(setCount),
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

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * What a word of the sentence being scored (starting at `start`, its walk down the trie ending
 * at `node`) meets: the sets its prefixes are anchors of, the start groups they are words of
 * and those groups' rules — marked once per sentence however often the word recurs — and, when
 * it starts some group's word, its place (in order: firstMatchAtStarts tries the cues there).
 */
function wordMeets(set: RuleSet, node: number, start: number) {
  const trie = set.trie;
  const row = trie.row[node]!;
  if (trie.nodeStamps[node] !== set.stamp) {
    trie.nodeStamps[node] = set.stamp;
    const { setAt, setData } = trie;
    const met = set.met;
    for (let k = setAt[node]!, end = setAt[node + 1]!; k < end; k++) {
      met[setData[k]!] = 1;
    }
    if (row >= 0) {
      const groups = set.sentenceGroups;
      const groupBits = trie.groupBits;
      for (let w = 0, at = row * trie.groupWords; w < groups.length; w++) {
        groups[w] = groups[w]! | groupBits[at + w]!;
      }
      const rules = set.sentenceRules;
      const ruleBits = trie.ruleBits;
      for (let w = 0, at = row * trie.ruleWords; w < rules.length; w++) {
        rules[w] = rules[w]! | ruleBits[at + w]!;
      }
    }
  }
  if (row >= 0) {
    if (set.wordCount === set.wordAt.length) {
      set.wordAt = grown(set.wordAt);
      set.wordRow = grown(set.wordRow);
    }
    set.wordAt[set.wordCount] = start;
    set.wordRow[set.wordCount] = row * trie.groupWords;
    set.wordCount++;
  }
}

/**
 * The indices of the rules that may match `lower` (its words meet their filters and hold a word
 * their matches may start with), in order: the first `outCount` of the set's scratch array
 * (valid until the next call). One scan: each word's letters walk down the trie while its
 * prefixes may still be anchors; the last node reached tells what the word meets (wordMeets),
 * and a character that is no word character marks the sets it is the anchor of. A word is a run
 * of word characters (lower-cased text has no A–Z: a word's start is where a cue's match may
 * start).
 */
function candidates(lower: string, set: RuleSet): Int32Array {
  set.met.fill(0);
  set.sentenceGroups.fill(0);
  set.sentenceRules.set(set.alwaysRules);
  set.wordCount = 0;
  const { next, wide } = set.trie;
  const charSets = set.charSets;
  // the current word's start (-1: between words) and its trie node (-1: no anchor goes on)
  let start = -1;
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const column = code < 128 ? COLUMN[code]! : code >= WIDE_FROM && code <= WIDE_TO ? -2 : -1;
    if (column === -1) {
      if (start >= 0 && node > 0) {
        wordMeets(set, node, start);
      }
      start = -1;
      const ids = code < 128 ? charSets[code]! : set.wideCharSets.get(code);
      if (ids !== undefined) {
        for (let k = 0; k < ids.length; k++) {
          set.met[ids[k]!] = 1;
        }
      }
      continue;
    }
    if (start < 0) {
      start = i;
      node = 0;
    } else if (node < 0) {
      continue;
    }
    const child =
      column >= 0 ? next[node * COLUMNS + column]! : (wide.get(node * (WIDE_TO + 1) + code) ?? 0);
    if (child === 0) {
      if (node > 0) {
        wordMeets(set, node, start);
      }
      node = -1;
      continue;
    }
    node = child;
  }
  if (start >= 0 && node > 0) {
    wordMeets(set, node, start);
  }
  // the rules whose start groups the sentence meets, or that have none, in order: filters read
  const out = set.out;
  const met = set.met;
  const { filterAt, filterData, sentenceRules } = set;
  let count = 0;
  for (let w = 0; w < sentenceRules.length; w++) {
    let bits = sentenceRules[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const i = w * 32 + 31 - Math.clz32(low);
      let k = filterAt[i]!;
      const end = filterAt[i + 1]!;
      let pass = k === end;
      while (!pass && k < end) {
        const length = filterData[k]!;
        const after = k + 1 + length;
        pass = true;
        for (let j = k + 1; j < after; j++) {
          if (met[filterData[j]!] === 0) {
            pass = false;
            break;
          }
        }
        k = after;
      }
      if (pass) {
        out[count++] = i;
      }
    }
  }
  set.outCount = count;
  return out;
}

/**
 * firstMatch of a lower-case cue whose matches start with its start group's words: tried with
 * its sticky copy at each such word of the sentence, in order — the first match there is the
 * leftmost one not after a letter, which is what firstMatch finds.
 */
function firstMatchAtStarts(set: RuleSet, r: number, lower: string): RegExpExecArray | null {
  const group = set.startOf[r]!;
  const word = group >>> 5;
  const bit = 1 << (group & 31);
  if ((set.sentenceGroups[word]! & bit) === 0) {
    return null; // no word of the sentence starts a match
  }
  const sticky = set.sticky[r]!;
  const groupBits = set.trie.groupBits;
  const { wordAt, wordRow, wordCount } = set;
  for (let k = 0; k < wordCount; k++) {
    if ((groupBits[wordRow[k]! + word]! & bit) === 0) {
      continue;
    }
    sticky.lastIndex = wordAt[k]!;
    const match = sticky.exec(lower);
    if (match) {
      return match;
    }
  }
  return null;
}

function scoreText(text: string, segment: number, offset: number, set: RuleSet, into: Tally) {
  // a RegExp shared by several rules runs once per sentence: its result is kept under this stamp
  if (++set.stamp === 0xffffffff) {
    set.stamps.fill(0);
    set.trie.nodeStamps.fill(0);
    set.stamp = 1;
  }
  // the sentence's shared view (lower case, words), unless lower-casing changed its length
  const lower = lowerSameLength(text);
  const found = candidates(lower, set);
  for (let c = 0; c < set.outCount; c++) {
    const i = found[c]!;
    const { search, lower: useLower, weight, labels } = set.rules[i]!;
    const r = set.regexOf[i]!;
    let match: RegExpExecArray | null;
    if (set.stamps[r] === set.stamp) {
      match = set.results[r]!;
    } else {
      match =
        set.startOf[r]! >= 0
          ? firstMatchAtStarts(set, r, lower)
          : firstMatch(search, useLower ? lower : text);
      set.results[r] = match;
      set.stamps[r] = set.stamp;
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
      let entry = into.get(label);
      if (!entry) {
        entry = { score: 0, cues: [] };
        into.set(label, entry);
      }
      entry.score += weight;
      if (weight > 0) {
        entry.cues.push(evidence);
      }
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

/** A label's set and id ("opp:first-party" → opp, first-party), split once per label. */
const labelParts = new Map<Label, [string, string]>();
function partsOf(label: Label): [string, string] {
  let parts = labelParts.get(label);
  if (!parts) {
    parts = label.split(':') as [string, string];
    labelParts.set(label, parts);
  }
  return parts;
}

/** A tally → labels: score at the threshold and at least one cue in the text itself (evidence). */
function toLabels(segment: number, tally: Tally, threshold = THRESHOLD): SegmentLabels {
  const result: SegmentLabels = { segment, opp: [], gdpr: [], topics: [] };
  const sorted = [...tally].sort((a, b) => b[1].score - a[1].score);
  for (const [label, { score, cues }] of sorted) {
    if (score < threshold || cues.length === 0) {
      continue;
    }
    const [set, id] = partsOf(label);
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
