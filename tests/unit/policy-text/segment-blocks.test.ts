import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentText } from '../../../lib/policy-text/segment-blocks';

describe('segmentText', () => {
  it.each([
    {
      lang: 'en',
      text: 'We collect data. We share it.',
      want: ['We collect data.', 'We share it.'],
    },
    {
      lang: 'en',
      text: 'We use tools, e.g. Google Analytics. Then we stop.',
      want: ['We use tools, e.g. Google Analytics.', 'Then we stop.'],
    },
    {
      lang: 'en',
      text: 'That is, i.e. Our partners. See Art. 6 GDPR. Done.',
      want: ['That is, i.e. Our partners.', 'See Art. 6 GDPR.', 'Done.'],
    },
    {
      lang: 'de',
      text: 'Wir nutzen Dienste, z. B. Matomo. Siehe Art. 6 Abs. 1 lit. f DSGVO. Ende.',
      want: ['Wir nutzen Dienste, z. B. Matomo.', 'Siehe Art. 6 Abs. 1 lit. f DSGVO.', 'Ende.'],
    },
    {
      lang: 'fr',
      text: "Nous utilisons des outils, p. ex. Matomo. Voir l'art. 6 du RGPD. Fin.",
      want: ['Nous utilisons des outils, p. ex. Matomo.', "Voir l'art. 6 du RGPD.", 'Fin.'],
    },
    { lang: 'en', text: 'Line one\nLine two.', want: ['Line one', 'Line two.'] },
    { lang: 'en', text: '   ', want: [] },
    // an address's dots are not full stops; the one after it is
    {
      lang: 'en',
      text: 'Write to x@velotte.fr. We reply! Really? Yes.',
      want: ['Write to x@velotte.fr.', 'We reply!', 'Really?', 'Yes.'],
    },
    // a company suffix before a lower-case word does not end the sentence
    {
      lang: 'en',
      text: 'Velotte Inc. is in Paris. See e.g. Art. 15 GDPR. Done',
      want: ['Velotte Inc. is in Paris.', 'See e.g. Art. 15 GDPR.', 'Done'],
    },
    {
      lang: 'en',
      text: 'no capital after. so one sentence',
      want: ['no capital after. so one sentence'],
    },
  ])('$lang: $text', ({ lang, text, want }) => {
    const spans = segmentText(text, lang);
    expect(spans.map((s) => s.text)).toEqual(want);
    for (const span of spans) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('segmentBlocks', () => {
  const blocks = [
    { kind: 'heading' as const, text: ' Data retention ', level: 2, headingPath: [] },
    {
      kind: 'paragraph' as const,
      text: 'We keep data. We delete it after 14 months.',
      headingPath: ['Data retention'],
    },
    {
      kind: 'listItem' as const,
      text: 'Billing data. Kept ten years.',
      headingPath: ['Data retention'],
    },
  ];

  it('gives headings and list items one segment each, paragraphs one per sentence', () => {
    const segments = segmentBlocks(blocks, 'en');
    expect(segments).toEqual([
      { index: 0, block: 0, start: 1, end: 15, text: 'Data retention', headingPath: [] },
      {
        index: 1,
        block: 1,
        start: 0,
        end: 13,
        text: 'We keep data.',
        headingPath: ['Data retention'],
      },
      {
        index: 2,
        block: 1,
        start: 14,
        end: 43,
        text: 'We delete it after 14 months.',
        headingPath: ['Data retention'],
      },
      {
        index: 3,
        block: 2,
        start: 0,
        end: 29,
        text: 'Billing data. Kept ten years.',
        headingPath: ['Data retention'],
      },
    ]);
  });

  it('slices every segment back out of its block', () => {
    for (const segment of segmentBlocks(blocks, 'en')) {
      expect(blocks[segment.block]?.text.slice(segment.start, segment.end)).toBe(segment.text);
    }
  });
});

describe('segmentText with a page-given language', () => {
  // Found by the fuzzer: <html lang=""> reached Intl.Segmenter and threw a RangeError.
  it.each(['', 'x_y!', '--', 'en-'])('falls back to English for lang %j', (lang) => {
    expect(segmentText('One sentence. Another one.', lang).map((s) => s.text)).toEqual([
      'One sentence.',
      'Another one.',
    ]);
  });
});
