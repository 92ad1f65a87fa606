import { describe, expect, it } from 'vitest';
import { hashBlocks, hashText, normalizeText } from '../../../lib/policy-analysis/hash';

describe('hashText', () => {
  it.each([
    ['a  b\n c ', 'a b c'],
    ['e\u0301t\u00e9', '\u00e9t\u00e9'], // decomposed and composed é: the same words
  ])('normalises %j like %j', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
    expect(hashText(a)).toBe(hashText(b));
  });

  it('gives 16 hex digits, different for different texts', () => {
    expect(hashText('We keep data for 14 months.')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText('We keep data for 14 months.')).not.toBe(
      hashText('We keep data for 15 months.'),
    );
  });

  it('is FNV-1a: the empty text hashes to the offset bases', () => {
    // FNV-1a 32-bit of "" is its offset basis 0x811c9dc5 (http://www.isthe.com/chongo/tech/comp/fnv/).
    expect(hashText('')).toBe('811c9dc5050c5d1f');
    // FNV-1a 32-bit of "a" is 0xe40c292c (published test vector).
    expect(hashText('a').slice(0, 8)).toBe('e40c292c');
  });

  it('hashes blocks by their text in order', () => {
    const a = { kind: 'paragraph' as const, text: 'One.', headingPath: [] };
    const b = { kind: 'paragraph' as const, text: 'Two.', headingPath: [] };
    expect(hashBlocks([a, b])).not.toBe(hashBlocks([b, a]));
    expect(hashBlocks([a, b])).toBe(hashBlocks([{ ...a, kind: 'listItem' }, b]));
  });
});
