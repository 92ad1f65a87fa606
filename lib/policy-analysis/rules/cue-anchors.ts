/**
 * Speed: most cues cannot match most sentences, and running ~170 regular expressions over every
 * sentence costs tens of milliseconds per policy. From a cue's pattern we read the words a match
 * can start with ("anchors": `(we|our company) collect` → we, our); a sentence whose words start
 * with none of them is skipped without running the cue. Anchors are cut to ANCHOR_LENGTH letters.
 * A pattern we cannot read (starts with a class, a dot, an escape…) gets no anchors: always run.
 * ANCHOR_LENGTH is 12, not 5: "interests" cut to "inter" was met by every "internet" and
 * "international", so the cue ran in vain; a word's prefixes are looked up once per distinct
 * word (classify.ts caches them), so longer anchors cost nothing per sentence (12 % fewer cue
 * runs on the OPP-115 pages).
 */
export const ANCHOR_LENGTH = 12;

const LETTER = /[a-z0-9_\u00c0-\u024f]/;

interface Parse {
  /** Anchors of what was read; undefined = unknown (cannot filter). */
  anchors: Set<string> | undefined;
  /** Whether what was read can match the empty string (then the next atom's anchors count too). */
  optional: boolean;
  end: number;
}

/** The index just after the group opening at `start` (`(`), honouring escapes and classes. */
export function groupEnd(p: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      inClass = c !== ']';
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i + 1;
    }
  }
  return p.length;
}

/** Top-level alternatives of `p` (split on `|` outside groups and classes). */
export function alternatives(p: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      while (i < p.length && p[i] !== ']') {
        i += p[i] === '\\' ? 2 : 1;
      }
    } else if (c === '(') {
      i = groupEnd(p, i) - 1;
    } else if (c === '|') {
      parts.push(p.slice(last, i));
      last = i + 1;
    }
  }
  return [...parts, p.slice(last)];
}

/** Whether every alternative of an optional group "(may |also |)?" ends with a space (or is empty). */
function endsWithSpace(group: string): boolean {
  const inner = group.replace(/[?*]$/, '');
  if (!inner.startsWith('(') || !inner.endsWith(')')) {
    return false;
  }
  return alternatives(inner.slice(1, -1)).every((alt) => alt === '' || alt.endsWith(' '));
}

/** Words so common that anchoring on them filters nothing. */
const COMMON = new Set([
  'we',
  'us',
  'our',
  'you',
  'your',
  'the',
  'to',
  'a',
  'an',
  'of',
  'in',
  'for',
  'and',
  'or',
]);

/** How well an anchor set filters: its weakest anchor decides (common or short words pass often). */
const selectivity = (anchors: Set<string>) =>
  Math.min(...[...anchors].map((a) => (COMMON.has(a) ? 0 : a.length)));

/** Prefix of the pseudo-anchors that stand for a required literal character ("@" in an address). */
export const CHAR_ANCHOR = '\0';

const SPECIAL = '.^$|?*+(){}[]~';
const ESCAPED_LITERAL = '.[](){}?*+|^$/\\-@';

/**
 * Characters a class may list and still match no word character: after a required one, a word
 * character of the match begins a word of the text. The apostrophe is left out: "don't" would
 * make "t" an anchor, met by most sentences, for nothing.
 */
const NON_WORD = ' .,;:!?()/&+@#%*=<>|"“”«»–—-';
const NON_WORD_ESCAPES = '.-()/+*?|&s';

/** Whether a class's body (between its brackets) lists only NON_WORD characters (no range). */
function nonWordClass(body: string): boolean {
  if (body === '' || body[0] === '^') {
    return false;
  }
  for (let k = 0; k < body.length; k++) {
    const c = body[k]!;
    if (c === '\\') {
      if (!NON_WORD_ESCAPES.includes(body[++k] ?? 'x')) {
        return false;
      }
    } else if (!NON_WORD.includes(c) || (c === '-' && k > 0 && k < body.length - 1)) {
      return false; // a dash between two characters is a range
    }
  }
  return true;
}

/**
 * Where the atom at `i` that readAtom cannot read ends (with its quantifier), its literal, and
 * whether it matches at least one character, every one of them no word character (`nonWord`).
 */
function skipAtom(p: string, i: number): { end: number; literal?: string; nonWord?: boolean } {
  let end = i + 1;
  let literal: string | undefined;
  let nonWord = false;
  const c = p[i]!;
  if (c === '\\') {
    const next = p[i + 1] ?? '';
    if ((next === 'p' || next === 'P') && p[i + 2] === '{') {
      end = p.indexOf('}', i) + 1 || p.length;
    } else if (next === 'u') {
      end = i + 6;
    } else if (next === 'x') {
      end = i + 4;
    } else {
      end = i + 2;
      literal = ESCAPED_LITERAL.includes(next) ? next : undefined;
      nonWord = NON_WORD_ESCAPES.includes(next);
    }
  } else if (c === '[') {
    while (end < p.length && p[end] !== ']') {
      end += p[end] === '\\' ? 2 : 1;
    }
    nonWord = nonWordClass(p.slice(i + 1, end));
    end++;
  } else if (c === '(') {
    end = groupEnd(p, i);
  } else if (c === '{') {
    end = p.indexOf('}', i) + 1 || p.length;
  } else if (!SPECIAL.includes(c) && c !== ' ' && c !== "'") {
    // an apostrophe also matches the typographic one (classify.ts): the text need not contain "'"
    literal = c;
    nonWord = NON_WORD.includes(c);
  }
  const q = p[end];
  if (q === '?' || q === '*' || q === '{') {
    literal = undefined; // optional
    nonWord = false;
  }
  if (q === '{') {
    end = p.indexOf('}', end) + 1 || p.length;
  } else if (q === '?' || q === '*' || q === '+') {
    end++;
  }
  if (p[end] === '?') {
    end++; // lazy
  }
  return literal === undefined ? { end, nonWord } : { end, literal, nonWord };
}

/**
 * Anchors of a sequence: every required atom at a word start (the match's start; after a literal
 * space or another required character that is no word character, as in "opt-out" or
 * "[0-9]{3}[-. ][0-9]{4}"; after an optional group at a word start whose every alternative ends
 * with a space, as in "we (may |also )*collect") is a word the sentence must contain at a word
 * start ("[0-9]" there: a word starting with a digit), and every required literal character
 * ("@") a character it must contain. Each is a necessary condition (all must meet the
 * sentence), strongest first. Undefined when none can be read: always run.
 */
function sequenceSets(p: string): Set<string>[] | undefined {
  const required: Set<string>[] = [];
  let i = p.startsWith('^') ? 1 : 0;
  let wordStart = true;
  while (i < p.length) {
    if (p[i] === ' ' && !'?*+{'.includes(p[i + 1] ?? '')) {
      i++;
      wordStart = true;
      continue;
    }
    const atom = readAtom(p, i);
    if (!atom.anchors) {
      const skipped = skipAtom(p, i);
      if (skipped.literal !== undefined) {
        required.push(new Set([CHAR_ANCHOR + skipped.literal]));
      }
      i = skipped.end;
      // after a character that is no word character, a word character starts a word
      wordStart = skipped.nonWord === true;
      continue;
    }
    if (wordStart && !atom.optional) {
      required.push(atom.anchors);
    }
    wordStart = wordStart && atom.optional && endsWithSpace(p.slice(i, atom.end));
    i = atom.end;
  }
  return required.length ? required.sort((a, b) => selectivity(b) - selectivity(a)) : undefined;
}

/** The most selective anchor set of a sequence (what a group contributes to its parent). */
const sequenceAnchors = (p: string) => sequenceSets(p)?.[0];

const DIGIT = '[0-9]';
const DIGITS = [...'0123456789'];

function readAtom(p: string, i: number): Parse {
  const quantified = (end: number) => p[end] === '?' || p[end] === '*' || p[end] === '{';
  if (p[i] === '(') {
    const end = groupEnd(p, i);
    const inner = p.slice(i + 1, end - 1);
    if (inner.startsWith('?')) {
      return { anchors: undefined, optional: false, end }; // lookaround or non-capturing: skip
    }
    const sets = alternatives(inner).map((alt) => (alt === '' ? 'empty' : sequenceAnchors(alt)));
    if (sets.some((s) => s === undefined)) {
      return { anchors: undefined, optional: false, end };
    }
    const anchors = new Set<string>();
    sets.forEach((s) => s !== 'empty' && s?.forEach((a) => anchors.add(a)));
    const optional = quantified(end) || sets.includes('empty');
    const after =
      p[end] === '{'
        ? p.indexOf('}', end) + 1 || p.length
        : end + (quantified(end) || p[end] === '+' ? 1 : 0);
    return { anchors, optional, end: after };
  }
  if (p.startsWith(DIGIT, i)) {
    // "[0-9]{3}" at a word start: the word starts with a digit (each is a one-letter anchor)
    const after = i + DIGIT.length;
    const q = p[after];
    const optional = q === '?' || q === '*' || (q === '{' && /^\{0\b/.test(p.slice(after)));
    const end =
      q === '{'
        ? p.indexOf('}', after) + 1 || p.length
        : after + (q === '?' || q === '*' || q === '+' ? 1 : 0);
    return { anchors: new Set(DIGITS), optional, end: p[end] === '?' ? end + 1 : end };
  }
  let end = i;
  while (end < p.length && LETTER.test(p[end]!)) {
    end++;
  }
  if (end === i) {
    return { anchors: undefined, optional: false, end };
  }
  // "cookies?" may match "cookie": an optional last letter is not part of the anchor
  const word = quantified(end) ? p.slice(i, end - 1) : p.slice(i, end);
  if (word === '') {
    return { anchors: undefined, optional: false, end };
  }
  const next = p[end] === '?' || p[end] === '*' ? end + 1 : end;
  return { anchors: new Set([word.slice(0, ANCHOR_LENGTH)]), optional: false, end: next };
}

/**
 * A cue's filter: for each top-level alternative, the anchor sets a match needs (each set must
 * meet a word prefix of the sentence); the cue can match only if one alternative's sets all do.
 */
export type CueFilter = readonly (readonly ReadonlySet<string>[])[];

/** The filter of a lower-case pattern (before `~` expansion), or undefined: always run it. */
export function cueFilter(pattern: string): CueFilter | undefined {
  const alts = alternatives(pattern).map(sequenceSets);
  return alts.some((s) => s === undefined) ? undefined : (alts as Set<string>[][]);
}

/**
 * Whether a lower-cased text meets a filter — the reference meaning of a filter (the classifier
 * evaluates the same with numbered anchors): some alternative has every set met, a set being met
 * by a word prefix of the text or, for a character anchor, the character anywhere in it.
 */
export function meetsFilter(filter: CueFilter | undefined, lower: string): boolean {
  if (!filter) {
    return true;
  }
  const prefixes = wordPrefixes(lower);
  const met = (anchor: string) =>
    anchor.startsWith(CHAR_ANCHOR)
      ? lower.includes(anchor.slice(CHAR_ANCHOR.length))
      : prefixes.has(anchor);
  return filter.some((sets) => sets.every((set) => [...set].some(met)));
}

/** Every prefix (up to ANCHOR_LENGTH) of every word of a lower-cased text. */
export function wordPrefixes(lower: string): Set<string> {
  const prefixes = new Set<string>();
  for (const [word] of lower.matchAll(/[a-z0-9_\u00c0-\u024f]+/g)) {
    for (let n = 1; n <= Math.min(word.length, ANCHOR_LENGTH); n++) {
      prefixes.add(word.slice(0, n));
    }
  }
  return prefixes;
}

/**
 * The words a match of a lower-case pattern (before `~` expansion) must start with, cut to
 * ANCHOR_LENGTH: every top-level alternative begins with a literal run of letters (its last
 * letter dropped when quantified: "cookies?" → cookie), with a required group whose every
 * alternative does, with an optional group ("(you )?provide": its words and those of what
 * follows it) or with a lookaround (what follows it). Undefined when some alternative begins
 * otherwise (a class, an escape, `^`, an empty alternative…). A match starts at a word start
 * (classify.ts accepts no match right after a letter), so it can only start where a word of the
 * text begins with one of these: the classifier tries the cue only there (speed: issue 11, item 8).
 */
export function cueStarts(pattern: string): Set<string> | undefined {
  const starts = new Set<string>();
  for (const alt of alternatives(pattern)) {
    const first = sequenceStarts(alt);
    if (!first) {
      return undefined;
    }
    first.forEach((s) => starts.add(s));
  }
  return starts;
}

/** cueStarts of one sequence (no top-level `|`). */
function sequenceStarts(p: string): Set<string> | undefined {
  if (p[0] === '(') {
    const end = groupEnd(p, 0);
    const inner = p.slice(1, end - 1);
    const q = p[end];
    if (/^\?(?:<?[=!])/.test(inner)) {
      // a lookaround takes no text: the match starts with what follows it
      return q === '?' || q === '*' || q === '+' || q === '{'
        ? undefined
        : sequenceStarts(p.slice(end));
    }
    const group = inner.startsWith('?:') ? inner.slice(2) : inner;
    if (group.startsWith('?') || q === '{') {
      return undefined; // a named group, a counted repeat
    }
    const own = cueStarts(group);
    if (q !== '?' && q !== '*') {
      return own;
    }
    // an optional group: the match starts with it or with what follows it
    const rest = sequenceStarts(p.slice(p[end + 1] === '?' ? end + 2 : end + 1));
    return own && rest ? new Set([...own, ...rest]) : undefined;
  }
  let end = 0;
  while (end < p.length && LETTER.test(p[end]!)) {
    end++;
  }
  // a quantified last letter ("cookies?", "fil+") may match fewer times than written
  const q = p[end];
  const word = p.slice(0, q === '?' || q === '*' || q === '+' || q === '{' ? end - 1 : end);
  return word === '' ? undefined : new Set([word.slice(0, ANCHOR_LENGTH)]);
}
