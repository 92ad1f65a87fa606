import { describe, expect, it } from 'vitest';
import { DE_RULES } from '../../../lib/policy-analysis/rules/de.data';
import { EN_RULES } from '../../../lib/policy-analysis/rules/en.data';
import { FR_RULES } from '../../../lib/policy-analysis/rules/fr.data';
import { cueAnchors, wordPrefixes } from '../../../lib/policy-analysis/rules/cue-anchors';
import { rulesFor } from '../../../lib/policy-analysis/rules/index';
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

describe('cueAnchors', () => {
  it.each([
    ['we (may )?collect', ['we']],
    ['(we|our company) collect', ['colle']],
    ['(we|our) (share|sell) your data', ['share', 'sell']],
    ['(un)?subscribe', undefined],
    ['(to |for )?(provide|send)~', ['to', 'for', 'provi', 'send']],
    ['^cookies?', ['cooki']],
    ['opt(ing)?[- ]?out|unsubscrib~', ['opt', 'unsub']],
    ['e-?mail', ['e']],
    ['[a-z]+ collects', undefined],
    ['(may )?', undefined],
    ['(?:x)y', undefined],
    ['\\[at\\]', undefined],
  ])('%s → %j', (pattern, want) => {
    const anchors = cueAnchors(pattern);
    expect(anchors && [...anchors].sort()).toEqual(want && [...want].sort());
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
