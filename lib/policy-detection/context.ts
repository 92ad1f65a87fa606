import type { Segment } from '../shared/policy-text';
import { hasPhrase, normalize } from './normalize';

interface Mentioned {
  norm: string;
  found: Map<readonly string[], string | undefined>;
}
/**
 * The last texts asked about, normalised, with their answers: rules ask about the same sentence
 * once per address in it, and normalising a long sentence again for each address was quadratic
 * ('a@b.co '×n; issue 10, item 3). Callers pass the same string objects (see the memos below),
 * so a lookup costs no rehash. A few entries suffice: one address asks about three texts.
 */
const recent = new Map<string, Mentioned>();
const RECENT = 16;

/** Whether any of `terms` (normalized lexicon entries) occurs in `text` as whole words. */
export function mentions(text: string, terms: readonly string[]): string | undefined {
  let entry = recent.get(text);
  if (!entry) {
    entry = { norm: normalize(text), found: new Map() };
    recent.set(text, entry);
    if (recent.size > RECENT) {
      recent.delete(recent.keys().next().value as string);
    }
  }
  if (!entry.found.has(terms)) {
    const norm = entry.norm;
    entry.found.set(
      terms,
      terms.find((t) => hasPhrase(norm, t)),
    );
  }
  return entry.found.get(terms);
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
