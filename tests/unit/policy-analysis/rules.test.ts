import { describe, expect, it } from 'vitest';
import { DE_RULES } from '../../../lib/policy-analysis/rules/de.data';
import { EN_RULES } from '../../../lib/policy-analysis/rules/en.data';
import { FR_RULES } from '../../../lib/policy-analysis/rules/fr.data';
import {
  alternatives,
  cueFilter,
  cueStarts,
  groupEnd,
  meetsFilter,
  wordPrefixes,
  type CueFilter,
} from '../../../lib/policy-analysis/rules/cue-anchors';
import {
  NEGATIVES,
  RIGHTS_LIST,
  SAMPLE_POLICY,
} from '../../fixtures/analysis-classify/sample-policies';
import { rulesFor } from '../../../lib/policy-analysis/rules/index';
import { alternativesEndingOnSpace } from '../../support/cue-end-on-space';
import { GdprRequirement, OppCategory, Topic } from '../../../lib/policy-analysis/taxonomy';

const ALL = { en: EN_RULES, fr: FR_RULES, de: DE_RULES };
const cues = Object.entries(ALL).flatMap(([lang, rules]) =>
  [...rules.sentence, ...rules.heading].map((c) => ({ lang, ...c })),
);

describe('rule data', () => {
  it.each(cues)('$lang: /$pattern/ compiles, cannot match empty text, names known labels', (c) => {
    const re = new RegExp(c.pattern.replaceAll('~', '\\p{L}*'), 'iu');
    expect(re.test('')).toBe(false);
    for (const label of c.labels) {
      const [set, id] = label.split(':');
      const schema = set === 'opp' ? OppCategory : set === 'gdpr' ? GdprRequirement : Topic;
      expect(schema.safeParse(id).success, label).toBe(true);
    }
  });

  // every cue ends at a word boundary: a match that ends on a space holds only before punctuation
  it.each(cues)('$lang: /$pattern/ cannot end its match on a space', (c) => {
    expect(alternativesEndingOnSpace(c.pattern)).toEqual([]);
  });

  it.each([
    ['(von|über) (unseren |dritten)', ['(von|über) (unseren |dritten)']],
    ['wir nutzen (ihre )?(daten)?', ['wir nutzen (ihre )?(daten)?']],
    ['pixel (tags?)?|cookies', ['pixel (tags?)?']],
    ['shar~ [^.]{0,40}', ['shar~ [^.]{0,40}']],
    ['pixel( tags?)?|(we |you )?collect~|[- ]x', []],
  ])('alternativesEndingOnSpace(%s)', (pattern, want) => {
    expect(alternativesEndingOnSpace(pattern)).toEqual(want);
  });

  it.each([
    ['en', EN_RULES],
    ['fr', FR_RULES],
    ['de', DE_RULES],
    ['fr-CA', FR_RULES],
    ['es', EN_RULES],
  ] as const)('rulesFor(%s)', (lang, rules) => {
    expect(rulesFor(lang)).toBe(rules);
  });

  it.each(['fr', 'de'] as const)(
    '%s covers every GDPR requirement the English rules cover',
    (lang) => {
      const covered = (rules: typeof EN_RULES) =>
        new Set(rules.sentence.flatMap((c) => c.labels).filter((l) => l.startsWith('gdpr:')));
      expect([...covered(ALL[lang])].sort()).toEqual([...covered(EN_RULES)].sort());
    },
  );
});

const sorted = (filter: CueFilter | undefined) =>
  filter?.map((sets) => sets.map((set) => [...set].sort().join(',')).sort());

describe('cueFilter', () => {
  it.each([
    ['we (may )?collect', [['collect', 'we']]],
    ['we (may |also )*collect~ data', [['collect', 'data', 'we']]],
    ['(we|our company) collect', [['collect', 'company,we']]],
    ['(to |for )?(provide|send)~', [['provide,send']]],
    ['^cookies?', [['cookie']]],
    ['opt(ing)?[- ]?out|unsubscrib~', [['opt'], ['unsubscrib']]],
    ['e-?mail', [['e']]],
    ['e-?mail address~', [['address', 'e']]],
    ['birth ?date', [['birth']]],
    ['[a-z]+ collects', [['collects']]],
    ['[tt]he company', [['company']]],
    ['\\[at\\]', [['\0[', '\0]']]],
    ['[\\w.+-]+@[\\w-]+', [['\0@']]],
    ['(un)?subscribe', undefined],
    ['(may )?', undefined],
    ['(?:x)y', undefined],
    // after a character that is no word character, the next word of the match begins a word
    ['[0-9]{3}-[0-9]{4}', [['\0-', '0,1,2,3,4,5,6,7,8,9', '0,1,2,3,4,5,6,7,8,9']]],
    ['opt-out', [['\0-', 'opt', 'out']]],
    ['call[-. ]now', [['call', 'now']]],
    ['\\(?[0-9]{3}\\)?[-. ][0-9]{4}', [['0,1,2,3,4,5,6,7,8,9']]],
    ['x[0-9]{0,2} y', [['x', 'y']]],
    // not after an apostrophe (most sentences have a word starting with "t"), a range or a word class
    ["don't", [['don']]],
    ['a[a-c]b', [['a']]],
    ['a[\\w.]b', [['a']]],
    // an apostrophe may be the typographic one in the text: it is no required character
    ["don't sell", [['don', 'sell']]],
    // anchors are cut at ANCHOR_LENGTH (12) letters
    ['dataschutzbeauftragte', [['dataschutzbe']]],
  ])('%s → %j', (pattern, want) => {
    expect(sorted(cueFilter(pattern))).toEqual(want);
  });

  // Our own sentences (test fixtures): a cue that matches one must not be filtered out of it.
  const sentences = [
    ...SAMPLE_POLICY.flatMap((c) => [c.en, c.fr, c.de]),
    ...NEGATIVES.map((n) => n.text),
    ...Object.values(RIGHTS_LIST),
    'We may also collect your e-mail address and phone number when you sign up.',
    'Contact us at privacy [at] example [dot] com or call (555) 123-4567.',
    'Acme Widgets Ltd. uses cookies; the Company collects usage data.',
  ].map((t) => t.toLowerCase());
  it.each(cues)('$lang: /$pattern/ is never filtered out of a sentence it matches', (c) => {
    const letters = 'a-z0-9_\\u00c0-\\u024f';
    const body = c.pattern.replaceAll('\\p{L}', `[${letters}]`).replaceAll('~', `[${letters}]*`);
    const re = new RegExp(`(?<![${letters}])(?:${body})(?![${letters}])`, 'i');
    const filter = cueFilter(
      c.pattern.replace(/\\.|[A-Z]/g, (m) => (m.length === 1 ? m.toLowerCase() : m)),
    );
    for (const text of sentences.filter((t) => re.test(t))) {
      expect(meetsFilter(filter, text), text).toBe(true);
    }
  });

  it('lists every word prefix up to the anchor length', () => {
    expect([...wordPrefixes('we opt-out')].sort()).toEqual([
      'o',
      'op',
      'opt',
      'ou',
      'out',
      'w',
      'we',
    ]);
  });
});

const lowerPattern = (p: string) =>
  p.replace(/\\.|[A-Z]/g, (m) => (m.length === 1 ? m.toLowerCase() : m));

/** A deterministic pseudo-random source (mulberry32), for reproducible samples. */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const CLASS_CHARS = [..."abcxyzé0189 -.,@&/'’_"];

/**
 * A text a cue pattern (the data files' syntax) may match, picked at random: an alternative, a
 * number of repeats, a class member… Lookarounds are left out (the sample is checked against the
 * pattern before use).
 */
function sample(p: string, rnd: (n: number) => number): string {
  const alts = alternatives(p);
  const seq = alts[rnd(alts.length)]!;
  let out = '';
  let i = 0;
  while (i < seq.length) {
    const c = seq[i]!;
    let gen: () => string;
    if (c === '(') {
      const end = groupEnd(seq, i);
      const inner = seq.slice(i + 1, end - 1);
      const body = inner.startsWith('?:') ? inner.slice(2) : inner;
      gen = body.startsWith('?') ? () => '' : () => sample(body, rnd);
      i = end;
    } else if (c === '[') {
      let j = i + 1;
      while (seq[j] !== ']') {
        j += seq[j] === '\\' ? 2 : 1;
      }
      const re = new RegExp(seq.slice(i, j + 1).replaceAll('\\p{L}', 'a-zé'));
      const members = CLASS_CHARS.filter((m) => re.test(m));
      gen = () => members[rnd(members.length)] ?? '';
      i = j + 1;
    } else if (c === '\\') {
      const n = seq[i + 1]!;
      const end = n === 'p' ? seq.indexOf('}', i) + 1 : n === 'u' ? i + 6 : i + 2;
      const text =
        n === 'p' || n === 'w' ? 'é' : n === 's' ? ' ' : n === 'd' ? '7' : n === 'b' ? '' : n;
      gen = () => (n === 'u' ? String.fromCharCode(parseInt(seq.slice(i + 2, end), 16)) : text);
      i = end;
    } else {
      gen = () => (c === '~' ? 'xé'.slice(0, rnd(3)) : c === '.' ? 'x' : c === '^' ? '' : c);
      i++;
    }
    let [min, max] = [1, 1];
    const q = seq[i];
    if (q === '?' || q === '*' || q === '+') {
      [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, 2] : [1, 2];
      i++;
    } else if (q === '{') {
      const close = seq.indexOf('}', i);
      const [lo, hi] = seq.slice(i + 1, close).split(',');
      [min, max] = [Number(lo), Math.min(Number(hi ?? lo) || Number(lo) + 2, Number(lo) + 2)];
      i = close + 1;
    }
    if (seq[i] === '?') {
      i++; // lazy
    }
    for (let n = min + rnd(max - min + 1); n > 0; n--) {
      out += gen();
    }
  }
  return out;
}

describe('cueFilter on texts sampled from each cue', () => {
  // Every text a cue matches meets its filter: texts sampled from each pattern in a few
  // surroundings (a word or a character right before the match, a digit or a dash after it).
  const letters = 'a-z0-9_\\u00c0-\\u024f';
  it.each(cues)('$lang: /$pattern/ is never filtered out of a text it matches', (c) => {
    const pattern = lowerPattern(c.pattern);
    const filter = cueFilter(pattern);
    const body = pattern.replaceAll('\\p{L}', `[${letters}]`).replaceAll('~', `[${letters}]*`);
    const re = new RegExp(`(?<![${letters}])(?:${body})(?![${letters}])`);
    const rnd = random(c.pattern.length + 1);
    let matched = 0;
    for (let n = 0; n < 60; n++) {
      const text =
        ['', 'x ', 'the ', '(', '-', '7 '][n % 6] +
        sample(pattern, rnd) +
        ['', '.', ' 42', '-x'][n % 4];
      if (re.test(text)) {
        matched++;
        expect(meetsFilter(filter, text), text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('cueStarts', () => {
  it.each([
    ['we (may )?collect', ['we']],
    ['(we|our company) collect', ['our', 'we']],
    ['(you )?(provide|submit) data', ['provide', 'submit', 'you']],
    ['(may |also )*share~', ['also', 'may', 'share']],
    ['cookies?', ['cookie']],
    ['fil+e', ['fi']],
    ['(?<!not )shar(e|ing)', ['shar']],
    ['(?:we|us) use', ['us', 'we']],
    ['opt(ing)?[- ]?out|unsubscrib~', ['opt', 'unsubscrib']],
    ['dataschutzbeauftragte', ['dataschutzbe']],
    ['^cookies', undefined],
    ['[a-z]+ collects', undefined],
    ['(may |)use', undefined],
    ['(we){1,2} use', undefined],
    ['\\[at\\]', undefined],
    ['e?mail', undefined],
    ['(may )?', undefined],
    ['data|\\p{L}*daten', undefined],
  ])('%s → %j', (pattern, want) => {
    const starts = cueStarts(pattern);
    expect(starts && [...starts].sort()).toEqual(want);
  });

  // Every place a cue matches (not right after a letter) is a word that begins with one of its
  // starts: our own sentences, and texts sampled from each pattern in a few surroundings.
  const sentences = [
    ...SAMPLE_POLICY.flatMap((c) => [c.en, c.fr, c.de]),
    ...NEGATIVES.map((n) => n.text),
    ...Object.values(RIGHTS_LIST),
  ].map((t) => t.toLowerCase());
  const letters = 'a-z0-9_\\u00c0-\\u024f';
  it.each(cues.filter((c) => !c.caseSensitive))(
    '$lang: /$pattern/ matches only at a word with one of its starts',
    (c) => {
      const starts = cueStarts(lowerPattern(c.pattern));
      if (!starts) {
        return;
      }
      const body = lowerPattern(c.pattern)
        .replaceAll('\\p{L}', `[${letters}A-Z]`)
        .replaceAll('~', `[${letters}]*`)
        .replaceAll("'", "['’]");
      const re = new RegExp(`(?<![${letters}A-Z])(?:${body})(?![${letters}A-Z])`, 'g');
      const rnd = random(c.pattern.length);
      const samples = Array.from({ length: 60 }, (_, n) => {
        const text = sample(lowerPattern(c.pattern), rnd);
        return ['', 'x', 'the ', '(', "l'", 'we '][n % 6] + text + ['', '.', ' data', 'x'][n % 4];
      });
      let matched = 0;
      for (const text of [...sentences, ...samples]) {
        // every start of a match: the search goes on one character after the last one found
        for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
          matched++;
          const word = /^[a-z0-9_\u00c0-\u024f]*/.exec(text.slice(m.index))![0];
          expect(
            [...starts].some((s) => word.startsWith(s)),
            text,
          ).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(0);
    },
  );
});
