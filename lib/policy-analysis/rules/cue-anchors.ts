/**
 * Speed: most cues cannot match most sentences, and running ~170 regular expressions over every
 * sentence costs tens of milliseconds per policy. From a cue's pattern we read the words a match
 * can start with ("anchors": `(we|our company) collect` → we, our); a sentence whose words start
 * with none of them is skipped without running the cue. Anchors are cut to ANCHOR_LENGTH letters.
 * A pattern we cannot read (starts with a class, a dot, an escape…) gets no anchors: always run.
 */
export const ANCHOR_LENGTH = 5;

const LETTER = /[a-z0-9_\u00c0-\u024f]/;

interface Parse {
  /** Anchors of what was read; undefined = unknown (cannot filter). */
  anchors: Set<string> | undefined;
  /** Whether what was read can match the empty string (then the next atom's anchors count too). */
  optional: boolean;
  end: number;
}

/** The index just after the group opening at `start` (`(`), honouring escapes and classes. */
function groupEnd(p: string, start: number): number {
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
function alternatives(p: string): string[] {
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

/**
 * Anchors of a sequence. A match starts with its first required atom (with any optional atoms
 * before it), and also contains, at a word start, every later required atom that follows a
 * literal space in the pattern: any of these anchor sets is valid; take the most selective.
 */
function sequenceAnchors(p: string): Set<string> | undefined {
  const first = new Set<string>();
  const candidates: Set<string>[] = [];
  let i = p.startsWith('^') ? 1 : 0;
  while (i < p.length) {
    if (p[i] === ' ' && !'?*+{'.includes(p[i + 1] ?? '')) {
      i++;
      continue;
    }
    const atom = readAtom(p, i);
    if (!atom.anchors) {
      break;
    }
    if (candidates.length === 0) {
      atom.anchors.forEach((a) => first.add(a));
      if (!atom.optional) {
        candidates.push(first);
      } else if (!endsWithSpace(p.slice(i, atom.end))) {
        break; // "(un)?subscribe": what follows may start mid-word
      }
    } else if (!atom.optional && p[i - 1] === ' ') {
      candidates.push(atom.anchors);
    }
    i = atom.end;
  }
  return candidates.sort((a, b) => selectivity(b) - selectivity(a))[0];
}

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
    return { anchors, optional, end: end + (quantified(end) || p[end] === '+' ? 1 : 0) };
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

/** The anchors of a lower-case pattern (before `~` expansion), or undefined: always run it. */
export function cueAnchors(pattern: string): Set<string> | undefined {
  const sets = alternatives(pattern).map(sequenceAnchors);
  if (sets.some((s) => s === undefined)) {
    return undefined;
  }
  return new Set(sets.flatMap((s) => [...s!]));
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
