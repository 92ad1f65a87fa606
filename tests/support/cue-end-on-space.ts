import { alternatives, groupEnd } from '../../lib/policy-analysis/rules/cue-anchors';

/**
 * Which top-level alternatives of a cue pattern can end their match right after a space. The
 * classifier closes every cue with a word boundary (no letter may follow), so such a match holds
 * only before punctuation: "(von|über) (unseren |dritten)" never matched "von unseren Partnern",
 * and "wir nutzen (ihre )?daten?" never matched "wir nutzen Cookies". A structural reading of the
 * pattern (the cue syntax of rules/*.data.ts: groups, classes, `?*+{m,n}`, `~`, `\p{L}`).
 */
interface Tail {
  /** The match can end on a space. */
  space: boolean;
  /** The sequence can match the empty string. */
  empty: boolean;
}

/** One atom at `i`: what its match can end with, and where it ends (quantifier excluded). */
function atom(p: string, i: number): { tail: Tail | undefined; end: number } {
  const c = p[i]!;
  if (c === '\\') {
    const n = p[i + 1];
    const end = n === 'p' || n === 'P' ? p.indexOf('}', i) + 1 : n === 'u' ? i + 6 : i + 2;
    return { tail: { space: n === 's', empty: false }, end };
  }
  if (c === '[') {
    let j = i + 1;
    while (p[j] !== ']') {
      j += p[j] === '\\' ? 2 : 1;
    }
    const body = p.slice(i + 1, j);
    return { tail: { space: /^\^|\s|\\s/.test(body), empty: false }, end: j + 1 };
  }
  if (c === '(') {
    const end = groupEnd(p, i);
    const inner = p.slice(i + 1, end - 1);
    if (/^\?<?[=!]/.test(inner)) {
      return { tail: undefined, end }; // a lookaround consumes nothing
    }
    const tails = alternatives(inner.replace(/^\?:/, '')).map(sequenceTail);
    return {
      tail: { space: tails.some((t) => t.space), empty: tails.some((t) => t.empty) },
      end,
    };
  }
  if (c === '^' || c === '$') {
    return { tail: undefined, end: i + 1 };
  }
  // `~` is "more letters", possibly none
  return { tail: { space: c === ' ', empty: c === '~' }, end: i + 1 };
}

function sequenceTail(p: string): Tail {
  const tails: Tail[] = [];
  let i = 0;
  while (i < p.length) {
    const read = atom(p, i);
    let { tail, end } = read;
    const q = p[end];
    if (q === '?' || q === '*' || (q === '{' && p.startsWith('{0', end))) {
      tail = tail && { ...tail, empty: true };
    }
    if (q === '{') {
      end = p.indexOf('}', end) + 1;
    } else if (q === '?' || q === '*' || q === '+') {
      end++;
    }
    end += p[end] === '?' ? 1 : 0; // lazy
    if (tail) {
      tails.push(tail);
    }
    i = end;
  }
  let space = false;
  for (let k = tails.length - 1; k >= 0; k--) {
    if (tails[k]!.space) {
      space = true;
      break;
    }
    if (!tails[k]!.empty) {
      break;
    }
  }
  return { space, empty: tails.every((t) => t.empty) };
}

/** The top-level alternatives of `pattern` whose match can end on a space. */
export function alternativesEndingOnSpace(pattern: string): string[] {
  return alternatives(pattern).filter((alt) => sequenceTail(alt).space);
}
