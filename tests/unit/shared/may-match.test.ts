import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardOf, mayMatch, mayMatchAny } from '../../../lib/shared/may-match';

describe('guardOf: what every match must contain', () => {
  it.each([
    [/\bcookies\b/i, { words: ['cookies'] }],
    [/\b(?:credit|debit) card/i, { words: ['credit', 'debit'] }],
    [/\bbiometric/i, { prefixes: ['biome'] }],
    [/\bcookies?\b/i, { prefixes: ['cooki'] }],
    [/\be-?mail(?: address)?/i, { subs: ['mail'] }],
    [/\bGPS\b/, { words: ['gps'] }],
    [/(["“]?[\p{Lu}\d][^\n]{1,80}?)\s*\((?:hereinafter\s+)?["“](?:we|us)["”]/u, null],
    [/\bdata protection officer\b/i, { words: ['protection'] }],
    // A letter in either case ("[cC]") is that letter: patterns written without the `i` flag.
    [/\b[dD][eE][lL] [tT][rR][aA][tT][aA]/u, { words: ['del'] }],
    [/[vV][eE][rR][aA][nN][tT][wW][oO][rR][tT][lL][iI][cC][hH]/u, { subs: ['verantwortlich'] }],
    [/\b[aA][dD][mM][iI][nN][iI][sS][tT][rR][aA][tT][oO][rR]/u, { prefixes: ['admin'] }],
    [/[aA-Z]x/, null],
  ])('%s → %j', (re, guard) => {
    expect(guardOf(re)).toEqual(guard);
  });

  it('reads no guard from a global or sticky pattern (their lastIndex is the caller’s)', () => {
    expect(guardOf(/\bcookies\b/gi)).toBeNull();
    expect(guardOf(/\bcookies\b/y)).toBeNull();
  });
});

describe('mayMatch', () => {
  it.each([
    [/\bcookies\b/i, 'We use COOKIES.', true],
    [/\bcookies\b/i, 'We use biscuits.', false],
    [/\b(?:credit|debit) card/i, 'your Debit cards', true],
    [/\b(?:credit|debit) card/i, 'your discredit card', false],
    [/\bbiometric/i, 'Biometrics', true],
    [/\be-?mail/i, 'an e-mail', true],
    [/\be-?mail/i, 'a letter', false],
    [/\b[dD][eE][lL] [tT]/u, 'Responsable DEL Tratamiento', true],
    [/\b[dD][eE][lL] [tT]/u, 'Responsable de la', false],
    [/\b[aA][dD][mM][iI][nN]/u, 'the Administrator', true],
    [/\b[aA][dD][mM][iI][nN]/u, 'the sub-admin', true],
    [/\b[aA][dD][mM][iI][nN]/u, 'the subadmin', false],
  ])('%s on %j → %s', (re, text, expected) => {
    expect(mayMatch(re, text)).toBe(expected);
  });

  it('never skips on a text with İ, ſ or the Kelvin sign (their lower case or folding is ASCII)', () => {
    // /\binfo\b/ matches "infoİ" (İ is no word character) but "infoİ".toLowerCase() is "infoi̇".
    expect(/\binfo\b/.test('infoİ')).toBe(true);
    expect(mayMatch(/\binfo\b/, 'infoİ')).toBe(true);
    expect(/\bask\b/iu.test('aſk')).toBe(true);
    expect(mayMatch(/\bask\b/iu, 'aſk')).toBe(true);
  });

  // The guard is only a necessary condition: whenever the pattern matches, it must let it run.
  const PATTERNS = [
    /\bab\b/i,
    /\bab?c\b/,
    /\b(?:ab|b c)d/i,
    /a(?:b|c)+\bd/i,
    /(?:^|\s)ab\s+cd\b/,
    /\bab(?=c)/i,
    /\b[a-]b\b/i,
    /[ -]ab[ -]c/iu,
    /x\.?y/i,
    /\b(?:a|b)\b c/,
    /(?<![a-z])ab(?![a-z])/,
    /\Bab\b/,
    /\bab{2,}c\b/i,
    /\b(ab) \1\b/,
    /\b[aA][bB]\b/,
    /[aA][bB]?[cC]/u,
    /\b[aA]b(?:[cC]|d)\b/,
    /[éÉ][aA] [bB]/u,
  ];
  it('never says no where the pattern matches (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.string({
          unit: fc.constantFrom(
            'a',
            'b',
            'c',
            'd',
            'x',
            'y',
            ' ',
            '-',
            '.',
            'A',
            'B',
            'C',
            'é',
            'É',
            '_',
            '\n',
          ),
          maxLength: 12,
        }),
        (re, text) => !re.test(text) || mayMatch(re, text),
      ),
      { seed: 11, numRuns: 20_000 },
    );
  });
});

describe('mayMatchAny: a list of patterns, looked up by the sentence’s words', () => {
  const COOKIES = [/\bcookies\b/i, /\bbiometric/i, /\be-?mail/i];
  const UNGUARDED = [/\bcookies\b/i, /[a-z]{3}/];
  it.each([
    [COOKIES, 'We use COOKIES.', true],
    [COOKIES, 'Biometrics are kept', true],
    [COOKIES, 'an e-mail', true],
    [COOKIES, 'We use biscuits and letters.', false],
    [COOKIES, 'no bio metric', false],
    // One pattern without a guard: the list may always match.
    [UNGUARDED, 'We use biscuits.', true],
  ])('%s on %j → %s', (list, text, expected) => {
    expect(mayMatchAny(list, text)).toBe(expected);
  });

  it('answers for lists first asked about after the sentence was looked at', () => {
    const text = 'Your data protection officer';
    expect(mayMatchAny(COOKIES, text)).toBe(false);
    expect(mayMatchAny([/\bofficer\b/i], text)).toBe(true);
    expect(mayMatchAny([/\bprotection\b/i, /\bcookies\b/i], text)).toBe(true);
    expect(mayMatchAny([/\bcontroller\b/i], text)).toBe(false);
  });

  const LISTS = [
    [/\bab\b/i, /x\.?y/i],
    [/\b(?:ab|b c)d/i, /\bab(?=c)/i, /[ -]ab[ -]c/iu],
    [/\b[aA][bB]\b/, /\bab{2,}c\b/i],
    [/a(?:b|c)+\bd/i, /(?:^|\s)ab\s+cd\b/],
  ];
  it('never says no where a pattern of the list matches (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTS),
        fc.string({
          unit: fc.constantFrom('a', 'b', 'c', 'd', 'x', 'y', ' ', '-', '.', 'A', 'B', 'é', '\n'),
          maxLength: 12,
        }),
        (list, text) => !list.some((re) => re.test(text)) || mayMatchAny(list, text),
      ),
      { seed: 12, numRuns: 20_000 },
    );
  });
});

describe('the word scan (one pass over a sentence for every list)', () => {
  // Guards of each kind: whole words, word starts, substrings; and one pattern asked about alone.
  const WORDS = [/\bcookies\b/i, /\b(?:credit|debit) card/i];
  const STARTS = [/\bbiometric/i, /\bcookies?\b/i];
  const SUBS = [/\be-?mail(?: address)?/i];
  const ALONE = /\bab\b/i;
  const ALL = [WORDS, STARTS, SUBS];

  it.each([
    ['cookies', WORDS, true], // the whole text is the word
    ['cookiesé', WORDS, true], // é is no word character for `\b`
    ['the cookies_ jar', WORDS, false],
    ['my DEBIT cards', WORDS, true],
    ['Biometrics!', STARTS, true],
    ['abiometric', STARTS, false],
    ['coo', STARTS, false], // shorter than the word start
    ['cookie', STARTS, true],
    ['an E-MAIL', SUBS, true],
    ['a mai l', SUBS, false],
  ])('%j with %s → %s', (text, list, expected) => {
    expect(mayMatchAny(list, text)).toBe(expected);
  });

  it('answers a pattern asked about alone, before and after its sentence was scanned', () => {
    expect(mayMatch(ALONE, 'x AB y')).toBe(true);
    expect(mayMatchAny(WORDS, 'x ab cookies y')).toBe(true);
    expect(mayMatch(/\bcookies\b/i, 'x ab cookies y')).toBe(true);
    expect(mayMatch(/\bxyzzy\b/i, 'x ab cookies y')).toBe(false);
  });

  const WORD_UNITS = ['cookies', 'cookie', 'biometric', 'debit', 'card', 'mail', 'ab', 'e-'];
  it('never says no where a pattern matches, on texts of whole words (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL, [ALONE]),
        fc.array(
          fc.oneof(
            fc.constantFrom(...WORD_UNITS),
            fc.constantFrom(' ', '_', '-', 'é', 'É', 'A', '1', 'Cookies', '.'),
          ),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (list, units, alone) => {
          const text = units.join('');
          const may =
            alone && list.length === 1 ? mayMatch(list[0]!, text) : mayMatchAny(list, text);
          return !list.some((re) => re.test(text)) || may;
        },
      ),
      { seed: 13, numRuns: 20_000 },
    );
  });
});

describe('substring clauses, all found in one search', () => {
  // Each needs a substring (no word or word start): "collected", "lect", "edco", "cted".
  const COLLECTED = /[a-z]collected/;
  const LECT = /[a-z]lect/;
  const EDCO = /[a-z]edco/;
  const TED = /[a-z]cted/;
  const LISTS = [[COLLECTED], [LECT], [EDCO], [TED], [COLLECTED, EDCO]];

  it.each([
    // Inside "collected", which starts before it and holds it: found by the same match.
    ['xcollected', LECT, true],
    ['xcollected', TED, true],
    // Starting inside the occurrence of another ("collected"), not held by it.
    ['xcollectedco', EDCO, true],
    ['xcollectedco', COLLECTED, true],
    ['xcollecte', EDCO, false],
    ['xcollecte', COLLECTED, false],
  ])('%j with %s → %s', (text, re, expected) => {
    // Every substring known before the text is scanned, so that one search looks for them all.
    LISTS.forEach((list) => mayMatchAny(list, 'x'));
    expect(mayMatch(re, text)).toBe(expected);
    expect(guardOf(re)).toHaveProperty('subs');
  });

  it('never says no where a pattern matches (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTS),
        fc.array(fc.constantFrom('x', 'col', 'lected', 'ed', 'co', 'c', 'te', 'd', ' '), {
          maxLength: 10,
        }),
        (list, units) => {
          const text = units.join('');
          return !list.some((re) => re.test(text)) || mayMatchAny(list, text);
        },
      ),
      { seed: 13, numRuns: 20_000 },
    );
  });
});

describe('every clause a pattern needs, not only its guard', () => {
  it.each([
    // The guard is "contact"; the pattern also needs one of "details" and "information".
    [/\bcontact (?:details|information)/i, 'Contact us at any time', false],
    [/\bcontact (?:details|information)/i, 'your CONTACT Information', true],
    // "debit" or "credit", and the word start "card".
    [/\b(?:credit|debit) card/i, 'a credit limit and a debit note', false],
    [/\b(?:credit|debit) card/i, 'debit cards', true],
    // An optional part needs nothing.
    [/\bbank(?:ing)? (?:account|details)/i, 'bank account', true],
  ])('%s on %j → %s', (re, text, expected) => {
    expect(mayMatch(re, text)).toBe(expected);
    expect(mayMatchAny([/\bxyzzy\b/i, re], text)).toBe(expected);
  });

  const MULTI = [
    /\bab (?:cd|xy)\b/i,
    /\b(?:ab|cd)\b.{0,3}\bxy/i,
    /\bab(?:cd)? x/i,
    /(?:\bab|\bcd)[ -]xy\b/i,
    /\bab\b(?=\s*(?:,|cd\b))/i,
  ];
  it('never says no where a pattern of several clauses matches (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MULTI),
        fc.array(fc.constantFrom('ab', 'cd', 'xy', 'x', ' ', '-', ',', 'é', 'AB', 'Cd', '_'), {
          maxLength: 8,
        }),
        (re, units) => {
          const text = units.join('');
          return !re.test(text) || (mayMatch(re, text) && mayMatchAny([re, /\bzz\b/], text));
        },
      ),
      { seed: 14, numRuns: 20_000 },
    );
  });
});
