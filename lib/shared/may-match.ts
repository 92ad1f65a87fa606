/**
 * Speed (issue 11, item 8): most patterns cannot match most sentences. From a pattern's source we
 * read what every match must contain — a whole word ("\bcookies?\b" → "cookie" is not whole,
 * "\b(?:credit|debit) card" → "credit" or "debit") or, failing that, a literal run ("mail" in
 * "\be-?mail") — and skip the pattern on a text that lacks it, without running it. A pattern
 * is skipped when the text lacks any of the words and word starts it needs, not only its guard
 * ("\bcontact (?:details|information)" needs "contact" and one of the two). Each sentence is
 * lower-cased and read once. The guard is a necessary condition only: it may let a pattern run
 * that then fails, never skip one that would match (tests/unit/shared/may-match).
 *
 * Words are ASCII (`[a-z0-9_]`), as JavaScript's `\b` and `\w` are without the `u` and `i` flags
 * together. A text holding one of the three characters whose lower case or case folding is ASCII
 * (İ, ſ, the Kelvin sign) gets no guard.
 */

/** What a match needs: any one of these words, or any one of these substrings (lower case). */
export type Guard =
  { words: readonly string[] } | { prefixes: readonly string[] } | { subs: readonly string[] };

type Item =
  | { k: 'char'; c: string; min: number; max: number }
  | { k: 'set'; nonword: boolean; min: number; max: number }
  | { k: 'assert'; bound: boolean }
  | { k: 'group'; alts: Item[][]; min: number; max: number };

const WORD = /[a-z0-9_]/;
const isWordChar = (c: string) => WORD.test(c);
/** Escapes standing for one literal character that is not a word character. */
const LITERAL_ESCAPES = '.-/\\()[]{}|?*+^$@#&:;,!=<>\'"`~% ';
const UNSAFE = /[\u0130\u017f\u212a]/;

class Parser {
  i = 0;
  constructor(readonly p: string) {}

  alternatives(): Item[][] {
    const alts: Item[][] = [this.sequence()];
    while (this.p[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.p.length && this.p[this.i] !== '|' && this.p[this.i] !== ')') {
      const atom = this.atom();
      items.push(atom.k === 'assert' ? atom : { ...atom, ...this.quantifier() });
    }
    return items;
  }

  quantifier(): { min: number; max: number } {
    const c = this.p[this.i];
    let q = { min: 1, max: 1 };
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      q = { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i));
      if (m) {
        this.i += m[0].length;
        q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
      }
    }
    if (this.p[this.i] === '?' && c !== undefined && '?*+{'.includes(c)) {
      this.i++; // lazy
    }
    return q;
  }

  atom(): Item | { k: 'char'; c: string } | { k: 'set'; nonword: boolean } {
    const p = this.p;
    const c = p[this.i++]!;
    if (c === '(') {
      let lookaround = false;
      if (p[this.i] === '?') {
        const kind = p.slice(this.i, this.i + 3);
        if (kind.startsWith('?:')) {
          this.i += 2;
        } else if (kind.startsWith('?<') && kind !== '?<=' && kind !== '?<!') {
          this.i = p.indexOf('>', this.i) + 1; // named group
        } else {
          lookaround = true;
          this.i += kind === '?<=' || kind === '?<!' ? 3 : 2;
        }
      }
      const alts = this.alternatives();
      this.i++; // ')'
      return lookaround ? { k: 'assert', bound: false } : { k: 'group', alts, min: 1, max: 1 };
    }
    if (c === '[') {
      // "[cC]": one letter in either case, as patterns written without the `i` flag spell words.
      const a = p[this.i];
      const b = p[this.i + 1];
      if (a && b && p[this.i + 2] === ']' && a !== b && a.toLowerCase() === b.toLowerCase()) {
        this.i += 3;
        return { k: 'char', c: a };
      }
      return { k: 'set', nonword: this.klass() };
    }
    if (c === '\\') {
      const e = p[this.i++]!;
      if (e === 'b' || e === 'B') {
        return { k: 'assert', bound: e === 'b' };
      }
      if (e === 's' || e === 'W') {
        return { k: 'set', nonword: true };
      }
      if ((e === 'p' || e === 'P') && p[this.i] === '{') {
        this.i = p.indexOf('}', this.i) + 1;
      } else if (e === 'u' && p[this.i] === '{') {
        this.i = p.indexOf('}', this.i) + 1;
      } else if (e === 'u' || e === 'x') {
        this.i += e === 'u' ? 4 : 2;
      } else if (e === 'c') {
        this.i++;
      } else if (e === 'k' && p[this.i] === '<') {
        this.i = p.indexOf('>', this.i) + 1; // named back-reference
      } else if (LITERAL_ESCAPES.includes(e)) {
        return { k: 'char', c: e };
      }
      return { k: 'set', nonword: false };
    }
    if (c === '^' || c === '$') {
      return { k: 'assert', bound: true };
    }
    if (c === '.') {
      return { k: 'set', nonword: false };
    }
    return { k: 'char', c };
  }

  /** Reads a class after its '['; true when it can only match non-word characters. */
  klass(): boolean {
    const p = this.p;
    let nonword = p[this.i] !== '^';
    while (this.i < p.length && p[this.i] !== ']') {
      const c = p[this.i++]!;
      if (c === '\\') {
        const e = p[this.i++]!;
        if (e === 'p' || e === 'P' || (e === 'u' && p[this.i] === '{')) {
          this.i = p.indexOf('}', this.i) + 1;
          nonword = false;
        } else if (e !== 's' && e !== 'W' && !LITERAL_ESCAPES.includes(e)) {
          nonword = false;
        }
      } else if (isWordChar(c.toLowerCase()) || c.charCodeAt(0) > 0x7f) {
        nonword = false;
      }
    }
    this.i++;
    return nonword;
  }
}

/** Each clause: any one of its strings must be met. */
interface Clauses {
  words: string[][];
  prefixes: string[][];
  subs: string[][];
}

/** Word starts are read up to PREFIX letters (a guard prefix is 3–5 letters). */
const PREFIX = 5;
const COMMON = new Set('we us our you your the to a an of in and or'.split(' '));
const score = (xs: readonly string[]) => Math.min(...xs.map((w) => (COMMON.has(w) ? 1 : w.length)));
const best = (cs: readonly string[][]) =>
  cs.reduce<string[] | undefined>((a, b) => (a && score(a) >= score(b) ? a : b), undefined);
/** A whole word is also a word start. */
const asPrefixes = (c: Clauses) => [
  ...c.prefixes,
  ...c.words.filter((ws) => ws.every((w) => w.length >= 3)).map((ws) => ws.map(prefixOf)),
];
const prefixOf = (w: string) => w.slice(0, PREFIX);

/** What any of the alternatives needs: one clause from each, joined (all must have one). */
function union(alts: Clauses[]): Clauses {
  if (alts.length === 1) {
    return alts[0]!;
  }
  const join = (pick: (c: Clauses) => string[] | undefined) => {
    const picked = alts.map(pick);
    return picked.every((x) => x !== undefined) ? [[...new Set(picked.flat())]] : [];
  };
  return {
    words: join((c) => best(c.words)),
    prefixes: join((c) => best(asPrefixes(c))),
    subs: join((c) => best(c.subs)),
  };
}

/** Whether the character just after a group or run is certainly a non-word one. */
function boundAfter(next: Item | undefined, outer: boolean): boolean {
  if (!next) {
    return outer;
  }
  if (next.k === 'assert') {
    return next.bound;
  }
  if (next.k === 'char') {
    return next.min >= 1 && !isWordChar(next.c.toLowerCase());
  }
  return next.k === 'set' && next.min >= 1 && next.nonword;
}

function clausesOf(seq: readonly Item[], left: boolean, right: boolean): Clauses {
  const out: Clauses = { words: [], prefixes: [], subs: [] };
  let run = '';
  let runLeft = left;
  const flush = (runRight: boolean) => {
    for (const sub of run.split(/[^\x20-\x7e]/)) {
      if (sub.length >= 3) {
        out.subs.push([sub]);
      }
    }
    for (const m of run.matchAll(/[a-z0-9_]+/g)) {
      const before = m.index === 0 ? runLeft : true;
      const after = m.index + m[0].length === run.length ? runRight : true;
      if (before && after) {
        out.words.push([m[0]]);
      } else if (before && m[0].length >= 3) {
        out.prefixes.push([prefixOf(m[0])]);
      }
    }
    run = '';
  };
  seq.forEach((item, n) => {
    if (item.k === 'char' && item.min >= 1) {
      run += item.c.toLowerCase();
      if (item.max > 1) {
        flush(false);
        runLeft = !isWordChar(item.c.toLowerCase());
      }
    } else if (item.k === 'assert') {
      flush(item.bound);
      runLeft = item.bound;
    } else if (item.k === 'set' && item.min >= 1) {
      flush(item.nonword);
      runLeft = item.nonword;
    } else if (item.k === 'group' && item.min >= 1) {
      const groupLeft = item.max === 1 && (run === '' ? runLeft : !isWordChar(run.at(-1) ?? 'a'));
      flush(false);
      const groupRight = item.max === 1 && boundAfter(seq[n + 1], right);
      const inner = union(item.alts.map((alt) => clausesOf(alt, groupLeft, groupRight)));
      out.words.push(...inner.words);
      out.prefixes.push(...inner.prefixes);
      out.subs.push(...inner.subs);
      runLeft = false;
    } else {
      flush(false); // optional: it may be absent
      runLeft = false;
    }
  });
  flush(right);
  return out;
}

/** The cheapest good test: a whole word, else a word start, else a substring (slowest). */
function choose(found: Clauses): Guard | null {
  const words = best(found.words);
  const prefixes = best(asPrefixes(found));
  const subs = best(found.subs);
  if (words && score(words) >= 3) {
    return { words };
  }
  if (prefixes && score(prefixes) >= 3) {
    return { prefixes };
  }
  if (words) {
    return { words };
  }
  return subs && score(subs) >= 4 ? { subs } : null;
}

interface Read {
  guard: Guard | null;
  /**
   * Every clause the pattern's matches need, all of which must be met (null: always run it): the
   * guard, and the pattern's other words and word starts, which the word scan checks for free.
   */
  needs: readonly Guard[] | null;
}
const reads = new WeakMap<RegExp, Read>();

function readOf(re: RegExp): Read {
  let read = reads.get(re);
  if (read === undefined) {
    read = { guard: null, needs: null };
    if (!re.global && !re.sticky) {
      try {
        const parser = new Parser(re.source);
        const alts = parser.alternatives();
        const found =
          parser.i >= re.source.length
            ? union(alts.map((alt) => clausesOf(alt, false, false)))
            : undefined;
        const guard = found ? choose(found) : null;
        if (found && guard) {
          const needs: Guard[] = [
            ...found.words.map((words) => ({ words })),
            ...found.prefixes.map((prefixes) => ({ prefixes })),
          ];
          read = { guard, needs: 'subs' in guard ? [...needs, guard] : needs };
        }
      } catch {
        read = { guard: null, needs: null };
      }
    }
    reads.set(re, read);
  }
  return read;
}

/** The guard of a pattern (null: none can be read, always run it). Patterns are read once. */
export function guardOf(re: RegExp): Guard | null {
  return readOf(re).guard;
}

interface View {
  lower: string;
  unsafe: boolean;
  /** isPlain's answer, once asked. */
  plain?: boolean;
  /** Which clauses the text meets (a bit per clause id), for the clauses known at `clauses`. */
  met?: Int32Array;
  clauses?: number;
  /** Per registered list (by id): 0 not yet asked, 1 cannot match, 2 may match. */
  lists?: Uint8Array;
}
const views = new Map<string, View>();
const VIEWS = 4096;
let lastText: string | undefined;
let lastView: View | undefined;

/** A text lower-cased, remembered for the next patterns that ask. */
function viewOf(text: string): View {
  if (text === lastText && lastView) {
    return lastView; // the usual case: the patterns of a list asked about one sentence in turn
  }
  let view = views.get(text);
  if (!view) {
    view = { lower: text.toLowerCase(), unsafe: UNSAFE.test(text) };
    if (views.size >= VIEWS) {
      views.clear(); // bounded: the sentences of one policy, not of every policy read
    }
    views.set(text, view);
  }
  lastText = text;
  lastView = view;
  return view;
}

/**
 * Characters that may make a text's normalised words differ from its lower-cased ones: any from
 * U+00C0 up (accents, İ, the Kelvin sign…; nothing below decomposes or lower-cases to more than
 * one ASCII letter) and "_", a word character to the word scan but not to normalised phrases.
 */
const NOT_PLAIN = /[_\u00c0-\uffff]/;

/**
 * Whether normalising `text` (lib/policy-detection/normalize) keeps its lower-cased words as they
 * are: no character from U+00C0 up and no "_". Remembered with the text's view: the finders ask
 * it for every term list about the same sentence, and a scan per question made a hostile 5 MB
 * text 2.4× slower to read.
 */
export function isPlain(text: string): boolean {
  const view = viewOf(text);
  return (view.plain ??= !NOT_PLAIN.test(text));
}

/** `text` lower-cased, made once per text for every reader of these views. */
export function lowerOf(text: string): string {
  return viewOf(text).lower;
}

/** Word characters as char codes: a-z, 0-9, _ (a lower-cased text holds no A-Z). */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/** Whether `word` occurs in `lower` as a whole word (no word character on either side). */
function hasWord(lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (
      (i === 0 || !isWordCode(lower.charCodeAt(i - 1))) &&
      (end === lower.length || !isWordCode(lower.charCodeAt(end)))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a word of `lower` starts with `prefix` (word characters only): an occurrence with no
 * word character before it. Searched in place rather than kept as a set of every word's first
 * letters, which cost more to build than the searches it saved.
 */
function startsWord(lower: string, prefix: string): boolean {
  for (let i = lower.indexOf(prefix); i !== -1; i = lower.indexOf(prefix, i + 1)) {
    if (i === 0 || !isWordCode(lower.charCodeAt(i - 1))) {
      return true;
    }
  }
  return false;
}

function passes(guard: Guard | null, lower: string): boolean {
  if (!guard) {
    return true;
  }
  if ('words' in guard) {
    return guard.words.some((w) => hasWord(lower, w));
  }
  if ('prefixes' in guard) {
    return guard.prefixes.some((p) => startsWord(lower, p));
  }
  return guard.subs.some((s) => lower.includes(s));
}

/** A list of one pattern per pattern asked about alone, so that it is indexed like the others. */
const singletons = new WeakMap<RegExp, readonly RegExp[]>();

/** False only when `re` certainly does not match `text` (see above); true otherwise. */
export function mayMatch(re: RegExp, text: string): boolean {
  let list = singletons.get(re);
  if (list === undefined) {
    list = [re];
    singletons.set(re, list);
  }
  return mayMatchAny(list, text);
}

/**
 * Lists of patterns asked about together (mayMatchAny). Every clause a pattern needs (a word, a
 * word start, a substring: any one of its strings) gets an id, indexed by its strings: each
 * sentence is read once, character by character, and marks the clauses it meets; a pattern may
 * match when all its clauses are met, a list when one of its patterns may (speed, issue 11,
 * item 8). A pattern without clauses makes its list always run.
 */
interface Index {
  lists: WeakMap<readonly RegExp[], number>;
  /** Per list id: per pattern, the ids of the clauses it needs; null when one needs none. */
  needs: (readonly (readonly number[])[] | null)[];
  /** Per clause id, the clause (to test one directly on a text read before it was known). */
  clauses: Guard[];
  clauseIds: Map<string, number>;
  /**
   * Clause ids by the hash of a word (`hashOf`), and of a word start (3–5 letters): a collision
   * only marks a clause whose patterns then run. Read through `tables`, rebuilt when one grows.
   */
  byWord: Map<number, number[]>;
  byPrefix: Map<number, number[]>;
  tables?: { words: IdTable; prefixes: IdTable; subs: SubSearch | null };
  subs: { sub: string; id: number }[];
}
const index: Index = {
  lists: new WeakMap(),
  needs: [],
  clauses: [],
  clauseIds: new Map(),
  byWord: new Map(),
  byPrefix: new Map(),
  subs: [],
};
/** The hash the word scan computes as it reads a word (30 bits: a small integer in V8). */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) & 0x3fffffff;
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) {
    h = step(h, w.charCodeAt(i));
  }
  return h;
}

function clauseId(clause: Guard): number {
  const key = JSON.stringify(clause);
  let id = index.clauseIds.get(key);
  if (id === undefined) {
    id = index.clauses.length;
    index.clauses.push(clause);
    index.clauseIds.set(key, id);
    if ('words' in clause) {
      for (const w of clause.words) {
        const h = hashOf(w);
        index.byWord.set(h, [...(index.byWord.get(h) ?? []), id]);
        index.tables = undefined;
      }
    } else if ('prefixes' in clause) {
      for (const prefix of clause.prefixes) {
        const h = hashOf(prefix);
        index.byPrefix.set(h, [...(index.byPrefix.get(h) ?? []), id]);
        index.tables = undefined;
      }
    } else {
      for (const sub of clause.subs) {
        index.subs.push({ sub, id });
        index.tables = undefined;
      }
    }
  }
  return id;
}

function listId(patterns: readonly RegExp[]): number {
  let id = index.lists.get(patterns);
  if (id === undefined) {
    id = index.needs.length;
    index.lists.set(patterns, id);
    const needs = patterns.map((re) => readOf(re).needs);
    index.needs.push(
      needs.some((n) => n === null)
        ? null
        : (needs as Guard[][]).map((clauses) => clauses.map(clauseId)),
    );
  }
  return id;
}

const isSet = (bits: Int32Array, id: number) => (bits[id >> 5]! & (1 << (id & 31))) !== 0;
const set = (bits: Int32Array, id: number) => (bits[id >> 5]! |= 1 << (id & 31));

/**
 * An open-addressing table from a hash to clause ids, in typed arrays: what the word scan looks
 * each word up in (several times faster than a Map of arrays).
 */
interface IdTable {
  mask: number;
  /** The hash in each slot, -1 for an empty one (hashes are 30-bit, never negative). */
  keys: Int32Array;
  /** Where the slot's ids start in `ids`, and where they end. */
  from: Int32Array;
  to: Int32Array;
  ids: Int32Array;
}

function tableOf(map: Map<number, number[]>): IdTable {
  let size = 16;
  while (size < map.size * 4) {
    size *= 2;
  }
  const table: IdTable = {
    mask: size - 1,
    keys: new Int32Array(size).fill(-1),
    from: new Int32Array(size),
    to: new Int32Array(size),
    ids: Int32Array.from([...map.values()].flat()),
  };
  let at = 0;
  for (const [h, ids] of map) {
    let slot = h & table.mask;
    while (table.keys[slot] !== -1) {
      slot = (slot + 1) & table.mask;
    }
    table.keys[slot] = h;
    table.from[slot] = at;
    at += ids.length;
    table.to[slot] = at;
  }
  return table;
}

/**
 * Every substring clause in one search (speed, issue 11, item 8: one `includes` per substring
 * per sentence cost more than the word scan). The substrings longest first, so a match is the
 * longest one starting there; each marks every clause whose substring it holds (a shorter one
 * starting at the same place is its prefix). The search resumes one character after each match
 * start, so no occurrence hides another.
 */
interface SubSearch {
  re: RegExp;
  ids: Map<string, number[]>;
}

function subSearchOf(subs: readonly { sub: string; id: number }[]): SubSearch | null {
  const strings = [...new Set(subs.map((e) => e.sub))].sort((a, b) => b.length - a.length);
  if (strings.length === 0) {
    return null;
  }
  return {
    re: new RegExp(strings.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'),
    ids: new Map(strings.map((x) => [x, subs.filter((e) => x.includes(e.sub)).map((e) => e.id)])),
  };
}

/** Sets the bit of every clause the table files under `h`. */
function mark(table: IdTable, h: number, met: Int32Array): void {
  const { keys, mask } = table;
  for (let slot = h & mask; keys[slot] !== -1; slot = (slot + 1) & mask) {
    if (keys[slot] === h) {
      for (let k = table.from[slot]!; k < table.to[slot]!; k++) {
        set(met, table.ids[k]!);
      }
      return;
    }
  }
}

/**
 * The clauses `lower` meets: one pass over its characters, hashing each word as it is read and
 * looking up its start (at 3, 4 and 5 letters) and the whole word (no word is sliced out,
 * nothing is allocated but the answer).
 */
function scan(lower: string, count: number): Int32Array {
  const met = new Int32Array((count >> 5) + 1);
  index.tables ??= {
    words: tableOf(index.byWord),
    prefixes: tableOf(index.byPrefix),
    subs: subSearchOf(index.subs),
  };
  const { words, prefixes, subs } = index.tables;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    do {
      h = step(h, c);
      i++;
      if (i - start >= 3 && i - start <= PREFIX) {
        mark(prefixes, h, met);
      }
      c = i < n ? lower.charCodeAt(i) : 0;
    } while (i < n && isWordCode(c));
    mark(words, h, met);
  }
  if (subs) {
    const { re } = subs;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      for (const id of subs.ids.get(m[0])!) {
        set(met, id);
      }
      re.lastIndex = m.index + 1;
    }
  }
  return met;
}

/** The clauses the view's text meets, for every clause registered so far. */
function metOf(view: View): Int32Array {
  const count = index.clauses.length;
  if (view.met && view.clauses === count) {
    return view.met;
  }
  let met: Int32Array;
  if (view.met && view.clauses !== undefined) {
    // Clauses first registered after this text was read: test only them, in place.
    met = new Int32Array((count >> 5) + 1);
    met.set(view.met);
    for (let id = view.clauses; id < count; id++) {
      if (passes(index.clauses[id]!, view.lower)) {
        set(met, id);
      }
    }
  } else {
    met = scan(view.lower, count);
  }
  view.met = met;
  view.clauses = count;
  return met;
}

const wordClauses = new WeakMap<readonly string[], number>();

/**
 * False only when `text` lower-cased holds none of `words` (lower case, `[a-z0-9_]` only) as a
 * whole word (no word character, `_` included, on either side): the word scan's answer, which
 * a sentence the patterns asked about already has. The list is remembered by identity.
 */
export function mayHaveWord(words: readonly string[], text: string): boolean {
  let id = wordClauses.get(words);
  if (id === undefined) {
    id = clauseId({ words });
    wordClauses.set(words, id);
  }
  const view = viewOf(text);
  return view.unsafe || isSet(metOf(view), id);
}

/**
 * Whether any pattern of the list may match `text` (false only when none can). The list is
 * remembered by identity: pass the same array each time.
 */
export function mayMatchAny(patterns: readonly RegExp[], text: string): boolean {
  const id = listId(patterns);
  const view = viewOf(text);
  if (view.unsafe) {
    return true;
  }
  let known = view.lists;
  if (known === undefined || id >= known.length) {
    const grown = new Uint8Array(index.needs.length);
    if (known) {
      grown.set(known);
    }
    known = view.lists = grown;
  }
  if (known[id] === 0) {
    const needs = index.needs[id];
    let may = needs === null;
    if (needs) {
      const met = metOf(view);
      may = needs.some((clauses) => clauses.every((c) => isSet(met, c)));
    }
    known[id] = may ? 2 : 1;
  }
  return known[id] === 2;
}
