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

  it('hashes what normalizeText gives, read in one pass (every kind of whitespace)', () => {
    const fnv = (text: string, hash: number) => {
      for (let i = 0; i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    };
    const reference = (text: string) =>
      fnv(normalizeText(text), 0x811c9dc5) + fnv(normalizeText(text), 0x050c5d1f);
    // every \s character, near-spaces that are not (U+180E, U+200B, U+0085), a combining accent,
    // an astral character and a lone surrogate
    const units = [
      ...'\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
      ...'\u180e\u200b\u0085ae\u0301\ud83d\ude00\ud800.',
    ];
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % units.length;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: n % 17 }, () => units[next()]).join('');
      expect(hashText(text), JSON.stringify(text)).toBe(reference(text));
    }
    expect(hashText(' \t A\u00a0b\u2028\u3000c\ufeff\u180e d e\u0301 ')).toBe(
      reference('A b c \u180e d \u00e9'),
    );
  });

  it('hashes blocks by their text in order', () => {
    const a = { kind: 'paragraph' as const, text: 'One.', headingPath: [] };
    const b = { kind: 'paragraph' as const, text: 'Two.', headingPath: [] };
    expect(hashBlocks([a, b])).not.toBe(hashBlocks([b, a]));
    expect(hashBlocks([a, b])).toBe(hashBlocks([{ ...a, kind: 'listItem' }, b]));
  });
});
