import { describe, expect, it } from 'vitest';
import { classifyPassage, classifySegments } from '../../../lib/policy-analysis/classify';
import { segmentBlocks } from '../../../lib/policy-analysis/segment';
import type { Label } from '../../../lib/policy-analysis/taxonomy';
import {
  NEGATIVES,
  RIGHTS_LIST,
  SAMPLE_POLICY,
} from '../../fixtures/analysis-classify/sample-policies';

const LANGS = ['en', 'fr', 'de'] as const;

function labelsOf(text: string, lang: string, headingPath: string[] = []): Set<Label> {
  const result = classifyPassage(text, lang, headingPath);
  return new Set<Label>([
    ...result.opp.map((l) => `opp:${l.category}` as const),
    ...result.gdpr.map((l) => `gdpr:${l.requirement}` as const),
    ...result.topics.map((l) => `topic:${l.topic}` as const),
  ]);
}

const cases = LANGS.flatMap((lang) =>
  SAMPLE_POLICY.map((c) => ({ lang, text: c[lang], expect: c.expect })),
);

describe('classifyPassage', () => {
  it.each(cases)('$lang: "$text" → $expect', ({ lang, text, expect: expected }) => {
    const labels = labelsOf(text, lang);
    for (const label of expected) {
      expect(labels, label).toContain(label);
    }
  });

  it.each(NEGATIVES)('$lang: "$text" is not $not', ({ lang, text, not }) => {
    const labels = labelsOf(text, lang);
    if (not === 'all') {
      expect([...labels]).toEqual([]);
    } else {
      for (const label of not) {
        expect(labels, label).not.toContain(label);
      }
    }
  });

  it('finds as many expected labels in French and German as in English', () => {
    const recall = (lang: (typeof LANGS)[number]) => {
      const expected = SAMPLE_POLICY.flatMap((c) => c.expect.map((l) => [c[lang], l] as const));
      return expected.filter(([text, l]) => labelsOf(text, lang).has(l)).length / expected.length;
    };
    expect(recall('fr')).toBeGreaterThanOrEqual(recall('en') - 0.05);
    expect(recall('de')).toBeGreaterThanOrEqual(recall('en') - 0.05);
  });

  it.each([
    ['en', 'Acme Widgets Ltd. runs this shop.'],
    ['fr', 'La boutique est tenue par Lumière Édition SARL.'],
    ['de', 'Die Bäckerei Müller GmbH betreibt diesen Shop.'],
  ])('%s: a company name with its legal form names the controller: %s', (lang, text) => {
    expect(labelsOf(text, lang)).toContain('gdpr:controller-name');
  });

  it.each(LANGS)('%s: a list of rights names each right', (lang) => {
    const labels = labelsOf(RIGHTS_LIST[lang], lang);
    for (const right of [
      'access',
      'rectification',
      'erasure',
      'restrict',
      'object',
      'portability',
    ] as const) {
      expect(labels, right).toContain(`gdpr:right-${right}`);
    }
  });

  it('gives evidence that slices back to the text', () => {
    const text = 'Intro. We keep billing data for no longer than 14 months.';
    const result = classifyPassage(text, 'en');
    const retention = result.gdpr.find((l) => l.requirement === 'retention-period');
    expect(retention?.cues.length).toBeGreaterThan(0);
    for (const cue of retention?.cues ?? []) {
      expect(text.slice(cue.start, cue.end)).toBe(cue.quote);
      expect(cue.segment).toBe(0);
    }
  });

  it('leans on the heading path, but never labels without a cue in the text', () => {
    const under = labelsOf('We keep it for 30 days.', 'en', ['Data retention']);
    expect(under).toContain('opp:data-retention');
    expect(labelsOf('Thank you for reading.', 'en', ['Data retention']).size).toBe(0);
  });
});

describe('classifySegments', () => {
  it('labels each segment by its index, with evidence in that segment', () => {
    const segments = segmentBlocks(
      [
        { kind: 'heading', text: 'Your rights', level: 2, headingPath: [] },
        {
          kind: 'paragraph',
          text: 'Our shop opens at nine. You may withdraw your consent at any time.',
          headingPath: ['Your rights'],
        },
      ],
      'en',
    );
    const labels = classifySegments(segments, 'en');
    expect(labels.map((l) => l.segment)).toEqual([0, 1, 2]);
    expect(labels[1]?.gdpr).toEqual([]);
    const withdraw = labels[2]?.gdpr.find((l) => l.requirement === 'right-withdraw-consent');
    expect(withdraw?.cues[0]).toEqual({
      segment: 2,
      start: 8,
      end: 29,
      quote: 'withdraw your consent',
    });
  });

  it('uses English rules for a language without its own', () => {
    const [labels] = classifySegments(
      [{ index: 0, block: 0, start: 0, end: 10, text: 'You can opt out.', headingPath: [] }],
      'sv',
    );
    expect(labels?.opp.map((l) => l.category)).toContain('user-choice');
  });
});
