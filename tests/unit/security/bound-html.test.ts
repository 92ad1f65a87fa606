import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/support/parse-html';
import { MAX_ELEMENTS, boundHtml } from '../../../lib/policy-text/bound-html';
import { htmlToBlocks } from '../../../lib/policy-text/html-to-blocks';

/**
 * A hostile page of hundreds of thousands of elements is parsed only up to MAX_ELEMENTS start
 * tags (issue 10, item 3: 625,000 `<p>a</p>` took 5 s to parse in the CLI). Real pages are far
 * below it and pass unchanged.
 */
const startTags = (html: string) => (html.match(/<[a-z]/gi) ?? []).length;

describe('boundHtml', () => {
  it('cuts just before the (max+1)-th start tag', () => {
    // Four <p>a</p> (8 characters each): the 4th start tag is at index 24.
    expect(boundHtml('<p>a</p>'.repeat(4), 3)).toBe('<p>a</p><p>a</p><p>a</p>');
    expect(boundHtml('<p>a</p>'.repeat(3), 3)).toBe('<p>a</p>'.repeat(3));
    // No "<" but those of the start tags: max + 1 of them are cut, max are whole.
    expect(boundHtml('<p>'.repeat(4), 3)).toBe('<p>'.repeat(3));
    expect(boundHtml('<p>'.repeat(3), 3)).toBe('<p>'.repeat(3));
  });

  it('does not count end tags, the doctype, comments or "<" in text', () => {
    const html = '<!DOCTYPE html><!-- <p><p> --><p>1 < 2</p></p><!--><!---><b>x</b>';
    expect(boundHtml(html, 2)).toBe(html);
    expect(boundHtml(html, 1)).toBe(html.slice(0, html.indexOf('<b>')));
    // "<!-->" closes itself: the tags after it count even with no "-->" further on.
    expect(boundHtml('<!--><p>a</p><p>b</p>', 1)).toBe('<!--><p>a</p>');
  });

  it('does not count tags inside a script, style, textarea or title (any case)', () => {
    const html = '<SCRIPT>"<div><div>"</Script><style>a<b{}</style><title><i></title><p>a</p>';
    // script, style, title and p: four start tags.
    expect(boundHtml(html, 4)).toBe(html);
    expect(boundHtml(html, 3)).toBe(html.slice(0, html.indexOf('<p>')));
  });

  it('a custom element named like a raw-text one ("title-bar") holds elements', () => {
    const html = `<title-bar>${'<p>a</p>'.repeat(5)}</title-bar>`;
    expect(startTags(boundHtml(html, 3))).toBe(3);
  });

  it('an unclosed comment or script leaves the page as is (the parser reads the rest as text)', () => {
    expect(boundHtml(`<!--${'<p>a</p>'.repeat(5)}`, 1)).toBe(`<!--${'<p>a</p>'.repeat(5)}`);
    expect(boundHtml(`<script>${'<p>a</p>'.repeat(5)}`, 1)).toBe(`<script>${'<p>a</p>'.repeat(5)}`);
  });

  it('a page of MAX_ELEMENTS + 10,000 paragraphs is parsed up to MAX_ELEMENTS of them', () => {
    const html = `<html><body>${'<p>a</p>'.repeat(MAX_ELEMENTS + 10_000)}</body></html>`;
    const doc = parseHtml(html);
    // html and body are two of the MAX_ELEMENTS start tags; the parser adds <head>.
    expect(doc.querySelectorAll('p').length).toBe(MAX_ELEMENTS - 2);
  }, 60_000);

  it('the text before the cut is read as usual', () => {
    const policy = '<h1>Privacy policy</h1><p>Write to privacy@shop.example.</p>';
    const html = `<html><body>${policy}${'<i>x</i>'.repeat(MAX_ELEMENTS)}</body></html>`;
    const blocks = htmlToBlocks(parseHtml(html));
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Privacy policy' });
    expect(blocks[1]?.text).toBe('Write to privacy@shop.example.');
  }, 60_000);
});
