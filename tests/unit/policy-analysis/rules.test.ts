import { describe, expect, it } from 'vitest';
import { DE_RULES } from '../../../lib/policy-analysis/rules/de.data';
import { EN_RULES } from '../../../lib/policy-analysis/rules/en.data';
import { FR_RULES } from '../../../lib/policy-analysis/rules/fr.data';
import {
  cueFilter,
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
    ['[0-9]{3}-[0-9]{4}', [['\0-']]],
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
