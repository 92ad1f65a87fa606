import type { Segment } from '../shared/policy-text';
import { hasPhrase, normalize } from './normalize';

/** Whether any of `terms` (normalized lexicon entries) occurs in `text` as whole words. */
export function mentions(text: string, terms: readonly string[]): string | undefined {
  const norm = normalize(text);
  return terms.find((t) => hasPhrase(norm, t));
}

/** The segment's own text and the headings above it, for context rules. */
export function headingsOf(s: Segment): string {
  return s.headingPath.join(' / ');
}

/** Text of the segment plus its neighbours in the same block: a contact's sentence often says
 *  "write to:" and the address follows in the next one. */
export function neighbourhood(segments: readonly Segment[], i: number): string {
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
