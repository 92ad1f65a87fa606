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

describe('textToBlocks: hard-wrapped lines', () => {
  it('joins a line that goes on (lower case, or a figure after a figure) to its paragraph', () => {
    const text = [
      'The studio Larkspur (VAT 123',
      '456) keeps the data of its',
      'clients for the time needed.',
      'Rights: you may ask for a copy.',
      '',
      'end of the notice.',
    ].join('\n');
    expect(textToBlocks(text).map((b) => b.text)).toEqual([
      'The studio Larkspur (VAT 123 456) keeps the data of its clients for the time needed.',
      'Rights: you may ask for a copy.',
      'end of the notice.',
    ]);
  });

  it('a wrapped list item goes on; a bullet, a capitalised line or a new sentence starts afresh', () => {
    const text = [
      'We keep:',
      '- invoices for ten',
      'years',
      '- emails',
      'Server logs are kept for one',
      'week, then deleted.',
      'lastly, nothing else.',
    ].join('\n');
    expect(textToBlocks(text).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'We keep:'],
      ['listItem', 'invoices for ten years'],
      ['listItem', 'emails'],
      ['paragraph', 'Server logs are kept for one week, then deleted.'],
      ['paragraph', 'lastly, nothing else.'],
    ]);
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
