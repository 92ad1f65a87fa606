import { describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/detection/read-fixture';
import { looksLikeHeading, textToBlocks } from '../../../lib/policy-text/text-to-blocks';

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
