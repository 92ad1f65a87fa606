import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../lib/policy-detection/context';

/** What matchAll gives, as plain data (index, groups), to compare with allMatches'. */
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches: matchAll without the copy of the pattern', () => {
  it.each([
    [/\b\w+@\w+\.com\b/g, 'a@b.com, c@d.com and e@f.org'],
    // Empty matches: past one code unit, or one code point with the u flag (😀 is two units).
    [/x*/g, 'axxb😀x'],
    [/x*/gu, 'axxb😀x'],
    [/(?:)/gu, '😀😀'],
    [/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(Ltd|SA)\b/gu, 'Velotte Ltd and Brisemer SA, not SA'],
  ])('%s over %j: the matches matchAll gives, lastIndex left at 0', (re, text) => {
    expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('the same matches as matchAll on any text', () => {
    const patterns = [/a+|b?/g, /\p{L}*/gu, /(?:ab|a)(?:b)?/giu, /[^\s]{0,2}/g];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' ', 'é', '😀', '\u{1d400}') }),
        (re, text) => {
          expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
        },
      ),
    );
  });
});
