import { isPlain, mayHaveWord } from '../shared/may-match';
import type { Segment } from '../shared/policy-text';
import { extractEmails, type EmailMatch } from './extract-emails';
import { hasPhrase } from './normalize';

/**
 * `compute` with a memory of the last MEMORY_SIZE texts, cleared when full so it stays
 * bounded: the rules below ask about the same sentences many times.
 */
const MEMORY_SIZE = 2048;
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    let value = memory.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memory.size >= MEMORY_SIZE) {
        memory.clear();
      }
      memory.set(text, value);
    }
    return value;
  };
}

/** Whitespace that normalize() would change: a run of two, or any but a plain space. */
const UNEVEN_SPACE = /[^\S ]|\s\s/;
/** Below U+00C0 no character decomposes (NFD) or is a combining mark. */
const MAY_DECOMPOSE = /[\u00c0-\uffff]/;

/**
 * normalize(), without the passes that change nothing: the accents' where the text has no
 * character from U+00C0 up, the whitespace's where its spaces are already single, as a
 * sentence's are (lib/policy-text); replacing each space by itself cost two thirds of the whole
 * (speed, issue 11, item 8). The same answer for every text (tests); kept out of normalize.ts,
 * which the injected scanner bundles.
 */
export function normalizeQuickly(text: string): string {
  const lower = text.toLowerCase();
  const bare = MAY_DECOMPOSE.test(lower)
    ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : lower;
  return (UNEVEN_SPACE.test(bare) ? bare.replace(/\s+/g, ' ') : bare).trim();
}

/**
 * A term of a normalised list (lower case, no accents) as the text writes it: "protection des
 * données", not "donnees"; lower case and single spaces as the term has them. The term itself
 * where the text has no character that may carry an accent, or does not hold it. A contact's
 * reasons quote the policy's own words (schema.ts, ContactReason).
 */
export function asWritten(text: string, term: string): string {
  if (!term || !MAY_DECOMPOSE.test(text)) {
    return term;
  }
  const pattern = [...term]
    .map((c) =>
      c === ' ' ? String.raw`\s+` : `${c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\p{M}*`,
    )
    .join('');
  const found = new RegExp(pattern, 'iu').exec(text.normalize('NFD'));
  return found ? found[0].normalize('NFC').toLowerCase().replace(/\s+/g, ' ') : term;
}

/**
 * normalize() remembered: the authority, DPO, web-form and email rules each normalise the same
 * sentences (speed, issue 11, item 8).
 */
export const normalizeOnce: (text: string) => string = remembered(normalizeQuickly);

/**
 * extractEmails() of a sentence, remembered: the analysis' DPO and email attributes, the contact
 * rules and the DPO finder each ask for the same sentences (speed, issue 11, item 8). A text with
 * none of the characters or words an address needs (`@`, an entity's `&`, a bracket, " at ") is
 * answered without running the patterns. Callers must not change the arrays returned.
 */
const MAYBE_EMAIL = /[@&([{<]|\sat\s/i;
const NO_EMAILS: readonly EmailMatch[] = [];
const emails = remembered<readonly EmailMatch[]>(extractEmails);
export function emailsOnce(text: string): readonly EmailMatch[] {
  return MAYBE_EMAIL.test(text) ? emails(text) : NO_EMAILS;
}

interface Mentioned {
  norm: string;
  /** The lists asked about and their answers, in turn: a text meets a few lists, not a Map's worth. */
  found: (readonly string[] | string | undefined)[];
}
/**
 * The texts asked about, normalised, with their answers: rules ask about the same sentence once
 * per address in it, and normalising a long sentence again for each address was quadratic
 * ('a@b.co '×n; issue 10, item 3). The DPO finder runs twice over every sentence (analysis and
 * contacts), so the memory holds a policy's sentences (speed, issue 11, item 8); cleared when
 * full, so it stays bounded.
 */
const recent = remembered<Mentioned>((text) => ({ norm: normalizeOnce(text), found: [] }));

/**
 * A term list indexed by each term's longest word (speed, issue 11, item 8): a term occurs as
 * whole words only where that word does, so a text tests only the terms its own words allow,
 * found by one search for every such word (`keys`; null when no term has a word), not by
 * splitting the text into a set of its words, which cost more than the normalising. Terms
 * without a word (all punctuation) are always tested.
 */
interface TermIndex {
  byWord: Map<string, number[]>;
  keys: RegExp | null;
  always: number[];
  /** The indexed words, when every term has one (mentions' quick no); else null. */
  words: readonly string[] | null;
}
const termIndexes = new WeakMap<readonly string[], TermIndex>();

function termIndex(terms: readonly string[]): TermIndex {
  let index = termIndexes.get(terms);
  if (!index) {
    const byWord = new Map<string, number[]>();
    const always: number[] = [];
    terms.forEach((term, i) => {
      const word = term.match(/[a-z0-9]+/g)?.reduce((a, b) => (b.length > a.length ? b : a));
      if (word === undefined) {
        always.push(i);
      } else {
        byWord.set(word, [...(byWord.get(word) ?? []), i]);
      }
    });
    const words = [...byWord.keys()];
    index = {
      byWord,
      // Ending a word; the character before is tested apart (a lookbehind slows the search).
      keys: words.length ? new RegExp(`(?:${words.join('|')})(?![a-z0-9])`, 'g') : null,
      always,
      words: always.length === 0 ? words : null,
    };
    termIndexes.set(terms, index);
  }
  return index;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The matches of `words` (global, its alternatives closed by `(?![a-z0-9])`) in a normalised
 * text that start a word: what `(?<![a-z0-9])` before it would find, left to right.
 */
export function wholeWords(words: RegExp, norm: string): string[] {
  const found: string[] = [];
  words.lastIndex = 0;
  for (let m = words.exec(norm); m; m = words.exec(norm)) {
    if (m.index > 0 && isWordCode(norm.charCodeAt(m.index - 1))) {
      words.lastIndex = m.index + 1; // inside a word: a whole word may still start after it
    } else {
      found.push(m[0]);
    }
  }
  return found;
}

/** The first of `terms` (in list order) that occurs in the normalised text as whole words. */
function firstTerm(norm: string, terms: readonly string[]): string | undefined {
  const { byWord, keys, always } = termIndex(terms);
  let first = Number.POSITIVE_INFINITY;
  const consider = (candidates: readonly number[]) => {
    for (const i of candidates) {
      if (i < first && hasPhrase(norm, terms[i]!)) {
        first = i;
      }
    }
  };
  consider(always);
  if (keys) {
    for (const word of wholeWords(keys, norm)) {
      consider(byWord.get(word)!);
    }
  }
  return terms[first];
}

/** Whether any of `terms` (normalized lexicon entries) occurs in `text` as whole words. */
export function mentions(text: string, terms: readonly string[]): string | undefined {
  // A quick no, without normalising (speed, issue 11, item 8): a text of characters below U+00C0
  // and no "_" normalises to its lower case with spaces collapsed, so its words are those the
  // word scan read (lib/shared/may-match: the patterns have asked about the policy's sentences
  // already), and a term occurs only where its indexed word does.
  const { words } = termIndex(terms);
  if (words && isPlain(text) && !mayHaveWord(words, text)) {
    return undefined;
  }
  const { norm, found } = recent(text);
  for (let k = 0; k < found.length; k += 2) {
    if (found[k] === terms) {
      return found[k + 1] as string | undefined;
    }
  }
  const answer = firstTerm(norm, terms);
  found.push(terms, answer);
  return answer;
}

/**
 * The matches of a global pattern from the start of `text`, as `text.matchAll(re)` gives them
 * when `re.lastIndex` is 0, without the copy of the pattern matchAll makes on each call: the
 * rules run a few patterns over every sentence (speed, issue 11, item 8). Leaves lastIndex at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      // AdvanceStringIndex: past the whole code point in a Unicode pattern.
      const i = re.lastIndex;
      const wide = (re.unicode || re.unicodeSets) && (text.codePointAt(i) ?? 0) > 0xffff;
      re.lastIndex = i + (wide ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}

/**
 * `mentions` for a text asked about once (a link's label or address): the same answers, without
 * a place in the memory, which a page's hundreds of links would fill and clear, taking the
 * policy's sentences with them (speed, issue 11, item 8).
 */
export function mentionsOnce(text: string): (terms: readonly string[]) => string | undefined {
  let norm: string | undefined;
  return (terms) => firstTerm((norm ??= normalizeQuickly(text)), terms);
}

/** A term list's last words as whole words in any case, or null when a term has no word. */
const lastWords = new WeakMap<readonly string[], RegExp | null>();
function lastWordsOf(terms: readonly string[]): RegExp | null {
  let re = lastWords.get(terms);
  if (re === undefined) {
    const words = terms.map((t) => t.match(/[a-z0-9]+/g)?.at(-1));
    re = words.every((w) => w !== undefined)
      ? new RegExp(`(?<![a-z0-9])(?:${[...new Set(words)].join('|')})(?![a-z0-9])`, 'i')
      : null;
    lastWords.set(terms, re);
  }
  return re;
}
const NON_ASCII = /[^\0-\x7f]/;

/**
 * False only when `text` mentions none of `terms` (`mentions` would answer undefined), told
 * without normalising it (speed, issue 11, item 8: most of a page's links name no request form).
 * A term occurs only where each of its words is a whole word of the normalised text, and an ASCII
 * text normalises to itself lower-cased with its spaces collapsed, so there each term's last word
 * is looked for in the text as it is. The last, not the index's longest: "privacy request" would
 * be looked for by "privacy", which every link to a part of the policy's own page holds. Any other
 * text may lower-case or lose its accents into a word: true.
 */
export function mayMention(text: string, terms: readonly string[]): boolean {
  const words = lastWordsOf(terms);
  return !words || NON_ASCII.test(text) || words.test(text);
}

const headings = new WeakMap<Segment, string>();

/** The segment's own text and the headings above it, for context rules. */
export function headingsOf(s: Segment): string {
  let joined = headings.get(s);
  if (joined === undefined) {
    joined = s.headingPath.join(' / ');
    headings.set(s, joined);
  }
  return joined;
}

/** Per list of segments, memoised answers by segment index (one computation per segment). */
export function perSegment<T>(
  memo: WeakMap<readonly Segment[], Map<number, T>>,
  segments: readonly Segment[],
  i: number,
  compute: () => T,
): T {
  let byIndex = memo.get(segments);
  if (!byIndex) {
    byIndex = new Map();
    memo.set(segments, byIndex);
  }
  if (!byIndex.has(i)) {
    byIndex.set(i, compute());
  }
  return byIndex.get(i) as T;
}
const neighbourhoods = new WeakMap<readonly Segment[], Map<number, string>>();

/** Text of the segment plus its neighbours in the same block: a contact's sentence often says
 *  "write to:" and the address follows in the next one. */
export function neighbourhood(segments: readonly Segment[], i: number): string {
  return perSegment(neighbourhoods, segments, i, () => joinNeighbours(segments, i));
}

function joinNeighbours(segments: readonly Segment[], i: number): string {
  const s = segments[i];
  if (!s) {
    return '';
  }
  const prev = segments[i - 1];
  const next = segments[i + 1];
  return [prev, s, next]
    .filter(
      (x): x is Segment => x !== undefined && (x.block === s.block || x.block === s.block - 1),
    )
    .map((x) => x.text)
    .join(' ');
}

const SHORT = 100;
const MAX_RUN = 6;

/**
 * Whether segment i sits in a supervisory authority's details: the short lines before it (name,
 * street, "Telephone: …"), and the sentence that introduces them ("…you may contact the Office of
 * the Information Commissioner:"), name or describe an authority. A heading alone does not count
 * unless it names one: a policy may list its own contacts under "Supervisory authority".
 */
export function inAuthorityRun(
  segments: readonly Segment[],
  i: number,
  isAuthority: (text: string) => boolean,
  names: (text: string) => boolean,
): boolean {
  const s = segments[i];
  if (!s) {
    return false;
  }
  if (names(s.text)) {
    return true;
  }
  let block = s.block;
  for (let j = i - 1; j >= 0 && i - j <= MAX_RUN; j--) {
    const prev = segments[j];
    if (!prev || prev.block < block - 1) {
      return false;
    }
    block = prev.block;
    if (
      prev.headingPath.length < s.headingPath.length ||
      prev.headingPath.join() !== s.headingPath.join()
    ) {
      // Crossed into another section: only a heading that names an authority counts.
      return names(prev.text);
    }
    if (isAuthority(prev.text) || names(prev.text)) {
      return true;
    }
    if (prev.text.includes('@')) {
      // An address line ends a block of details: what follows is someone else's.
      return false;
    }
    if (prev.text.length > SHORT || prev.text.trimEnd().endsWith(':')) {
      return false;
    }
  }
  return false;
}
