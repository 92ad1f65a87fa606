import { describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/detection/read-fixture';
import { looksLikeHeading, textToBlocks } from '../../../lib/policy-text/text-to-blocks';
import { segmentBlocks, splitSentences } from '../../../lib/policy-text/segment-blocks';

const FIXTURE = fixture('magneta-policy.txt');

describe('textToBlocks', () => {
  const blocks = textToBlocks(FIXTURE);

  it('guesses headings, nesting a heading that follows another', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text])).toEqual([
      [1, 'Privacy Notice'],
      [2, 'Definitions'],
      [2, 'Your rights'],
      [2, 'Keeping your data safe'],
      [2, 'Contact information'],
      [3, 'Data Protection Officer'],
      [3, 'Supervisory Authority'],
      [3, 'Updates to this notice'],
    ]);
  });

  it('keeps definition lines and "Email:" lines as paragraphs under their heading', () => {
    expect(blocks.find((b) => b.text === 'We / us – Magneta')).toMatchObject({
      kind: 'paragraph',
      headingPath: ['Privacy Notice', 'Definitions'],
    });
    expect(blocks.find((b) => b.text === 'Email: contact@magneta.fr')).toMatchObject({
      kind: 'paragraph',
      headingPath: ['Privacy Notice', 'Contact information', 'Supervisory Authority'],
    });
  });

  it('turns bullets into list items without the bullet', () => {
    expect(blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual([
      'Access – a copy of your data.',
      'Erasure – deletion of your data where the law allows it.',
    ]);
  });

  it.each([
    ['', []],
    ['   \n\n ', []],
    ['One line only', ['One line only']],
  ])('%j', (text, expected) => {
    expect(textToBlocks(text).map((b) => b.text)).toEqual(expected);
  });
});

describe('looksLikeHeading', () => {
  it.each([
    ['Your rights', true],
    ['3. How long we keep data', true],
    ['II. Data we collect', true],
    ['Email: contact@magneta.fr', false],
    ['We keep it short.', false],
    ['Further processing would not harm your interests and', false],
    ['lowercase start', false],
    ['Telephone 0140360265', false],
    ['A'.repeat(100), false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected);
  });
});

describe('splitSentences / segmentBlocks', () => {
  it.each([
    [
      'Write to x@velotte.fr. We reply! Really? Yes.',
      ['Write to x@velotte.fr.', 'We reply!', 'Really?', 'Yes.'],
    ],
    [
      'Velotte Inc. is in Paris. See e.g. Art. 15 GDPR. Done',
      ['Velotte Inc. is in Paris.', 'See e.g. Art. 15 GDPR.', 'Done'],
    ],
    ['no capital after. so one sentence', ['no capital after. so one sentence']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('numbers segments across blocks and keeps offsets and heading paths', () => {
    const segments = segmentBlocks([
      { kind: 'heading', text: 'Contact', level: 2, headingPath: [] },
      { kind: 'paragraph', text: 'One. Two.', headingPath: ['Contact'] },
    ]);
    expect(segments).toEqual([
      { index: 0, block: 0, start: 0, end: 7, text: 'Contact', headingPath: [] },
      { index: 1, block: 1, start: 0, end: 4, text: 'One.', headingPath: ['Contact'] },
      { index: 2, block: 1, start: 5, end: 9, text: 'Two.', headingPath: ['Contact'] },
    ]);
  });
});
