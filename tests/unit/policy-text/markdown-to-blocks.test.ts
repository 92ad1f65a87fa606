import { describe, expect, it } from 'vitest';
import { inlineText, markdownToBlocks } from '../../../lib/policy-text/markdown-to-blocks';

const MD = `---
title: Privacy
slug: privacy
---

# Privacy Policy

_Last updated: 3 March 2026_

## Who we are

Northwind Bikes GmbH  
Hafenstraße 5  
20457 Hamburg

Write to [our DPO](mailto:dpo@northwind.example) or to **privacy_team@northwind.example**.

Your rights
-----------

- Access to your data,
  and a copy of it.
- Erasure.
1. Objection.

| Data | Kept for |
| ---- | -------- |
| Invoices | 10 years |

> Quoted text &amp; an entity.
`;

describe('markdownToBlocks', () => {
  const blocks = markdownToBlocks(MD);

  it('skips front matter and reads ATX and setext headings with their path', () => {
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.text, h.level])).toEqual([
      ['Privacy Policy', 1],
      ['Who we are', 2],
      ['Your rights', 2],
    ]);
    expect(blocks.some((b) => b.text.includes('slug'))).toBe(false);
    expect(blocks.find((b) => b.text === 'Erasure.')?.headingPath).toEqual([
      'Privacy Policy',
      'Your rights',
    ]);
  });

  it('splits hard breaks into blocks, as <br> does in HTML', () => {
    const i = blocks.findIndex((b) => b.text === 'Northwind Bikes GmbH');
    expect(blocks.slice(i, i + 3).map((b) => b.text)).toEqual([
      'Northwind Bikes GmbH',
      'Hafenstraße 5',
      '20457 Hamburg',
    ]);
  });

  it('keeps a mailto address hidden behind link text, and underscores inside addresses', () => {
    expect(blocks.find((b) => b.text.startsWith('Write to'))?.text).toBe(
      'Write to our DPO (dpo@northwind.example) or to privacy_team@northwind.example.',
    );
    expect(blocks.find((b) => b.text.startsWith('Last'))?.text).toBe('Last updated: 3 March 2026');
  });

  it('reads list items with their continuation lines, table cells and quotes', () => {
    expect(blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual([
      'Access to your data, and a copy of it.',
      'Erasure.',
      'Objection.',
    ]);
    expect(blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text)).toEqual([
      'Data',
      'Kept for',
      'Invoices',
      '10 years',
    ]);
    expect(blocks.at(-1)?.text).toBe('Quoted text & an entity.');
  });

  it.each([
    ['[Site](https://x.example/a) and ![logo](l.png)', 'Site and logo'],
    ['see <https://x.example> or <a@b.example>', 'see https://x.example or a@b.example'],
    ['the site <www.authority.example>.', 'the site www.authority.example.'],
    ['an <b>inline</b> tag<br>next', 'an inline tag\nnext'],
    ['`code` and \\*stars\\*', 'code and *stars*'],
    ['{{< link slug="generator" text="Generator" >}} here', 'Generator here'],
    ['&#64; &#x41; &nbsp;x', '@ A  x'],
  ])('inlineText(%j)', (input, expected) => {
    expect(inlineText(input)).toBe(expected);
  });

  it('reads an HTML heading line as a heading', () => {
    expect(markdownToBlocks('<h2 id="x">Contact</h2>\ntext')[0]).toMatchObject({
      kind: 'heading',
      level: 2,
      text: 'Contact',
    });
  });

  it('reads hostile input (unclosed brackets, long lines) without throwing', () => {
    const hostile = `${'[('.repeat(50_000)}\n${'|'.repeat(50_000)}\n${'<a '.repeat(30_000)}`;
    expect(markdownToBlocks(hostile).length).toBeGreaterThan(0);
  }, 30_000);

  it('shows what a site generator shows of the front matter: title, subtitle, date', () => {
    const md = [
      '---',
      'title: "Aviso de privacidad"',
      'subtitle: Sevilla, 2 de febrero de 2021',
      'date: 2020-11-30',
      'lastmod: 2022-04-05T09:30:00+01:00',
      'menu:',
      '  main: footer',
      '---',
      '',
      '## Quiénes somos',
      'Texto.',
    ].join('\n');
    const blocks = markdownToBlocks(md);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'heading', text: 'Aviso de privacidad', level: 1, headingPath: [] },
      // The modification date, not the publication date; the key as written.
      { kind: 'paragraph', text: 'lastmod: 2022-04-05', headingPath: ['Aviso de privacidad'] },
      {
        kind: 'paragraph',
        text: 'Sevilla, 2 de febrero de 2021',
        headingPath: ['Aviso de privacidad'],
      },
    ]);
    expect(blocks.find((b) => b.text === 'Texto.')?.headingPath).toEqual([
      'Aviso de privacidad',
      'Quiénes somos',
    ]);
    expect(blocks.some((b) => b.text.includes('footer'))).toBe(false);
  });

  it('a body with its own h1 keeps it; a date only in the front matter still dates the page', () => {
    const blocks = markdownToBlocks(
      [
        '+++',
        'title = "Privacy"',
        'lastUpdated = "2023-06-01"',
        '+++',
        '# Our privacy policy',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.text)).toEqual(['lastUpdated: 2023-06-01', 'Our privacy policy']);
  });

  it('keeps a web link’s target beside the block (the text stays as shown)', () => {
    const [block] = markdownToBlocks(
      'Puede reclamar en [este formulario](https://autoridad.example/reclamar) o [aquí](#top).',
    );
    expect(block?.text).toBe('Puede reclamar en este formulario o aquí.');
    expect(block?.links).toEqual([
      { text: 'este formulario', href: 'https://autoridad.example/reclamar' },
    ]);
  });
});
