import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseInline,
  statementBlocks,
  type Inline,
} from '../../../components/privacy/statement-blocks';

const text = (t: string): Inline => ({ kind: 'text', text: t });

describe('parseInline', () => {
  it.each<[string, Inline[]]>([
    ['plain', [text('plain')]],
    ['key `ledger` here', [text('key '), { kind: 'code', text: 'ledger' }, text(' here')]],
    ['**`profile`** — you', [{ kind: 'code', text: 'profile', strong: true }, text(' — you')]],
    [
      '**Nothing else by itself.** Scan',
      [{ ...text('Nothing else by itself.'), strong: true }, text(' Scan')],
    ],
    ['_Kept_ long', [{ kind: 'em', text: 'Kept' }, text(' long')]],
    ['see [PERMISSIONS.md](PERMISSIONS.md).', [text('see '), text('PERMISSIONS.md'), text('.')]],
    ['snake_case_word stays', [text('snake_case_word stays')]],
    ['<img src=x onerror=alert(1)>', [text('<img src=x onerror=alert(1)>')]],
  ])('%s', (line, runs) => {
    expect(parseInline(line)).toEqual(runs);
  });
});

describe('statementBlocks', () => {
  it('headings, paragraphs joined across lines, list items with continuation lines', () => {
    const blocks = statementBlocks('# Title\n\nOne\ntwo.\n\n- a\n  b\n- c\n\n## Next\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: [text('Title')] },
      { kind: 'paragraph', text: [text('One two.')] },
      { kind: 'list', items: [[text('a b')], [text('c')]] },
      { kind: 'heading', level: 2, text: [text('Next')] },
    ]);
  });

  it('reads the real PRIVACY.md: its title, sections and every storage key as code', () => {
    const blocks = statementBlocks(readFileSync('PRIVACY.md', 'utf8'));
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: [text("Rightful's privacy statement")],
    });
    expect(headings.length).toBeGreaterThanOrEqual(5);
    const code = blocks
      .flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.kind === 'heading' ? [] : b.text))
      .filter((r) => r.kind === 'code')
      .map((r) => r.text);
    expect(code).toEqual(expect.arrayContaining(['profile', 'ledger', 'analysisCache']));
  });
});
