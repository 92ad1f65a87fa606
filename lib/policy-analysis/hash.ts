import type { Block } from '../shared/policy-text';

const FNV_PRIME = 0x01000193;
/** FNV-1a's offset basis, and a second basis for an independent second half (64 bits in all). */
const BASES = [0x811c9dc5, 0x050c5d1f] as const;

/** Whitespace and Unicode form differ between page loads and DOMs; the words do not. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A content hash of a text (FNV-1a, http://www.isthe.com/chongo/tech/comp/fnv/, twice with two
 * bases: 16 hex digits). Not cryptographic: it only tells "same text as last time" apart.
 */
export function hashText(text: string): string {
  const normal = normalizeText(text);
  return BASES.map((basis) => fnv1a(normal, basis)).join('');
}

/** The hash of a policy's blocks: their text in order, so a changed heading or sentence shows. */
export function hashBlocks(blocks: readonly Block[]): string {
  return hashText(blocks.map((b) => b.text).join('\n'));
}
