import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedAnchors } from '../../../lib/policy-detection/find-policy-links';
import { boundedAnchorsOf, pageParts } from '../../../lib/policy-detection/page-parts';
import { parseHtml } from '../../../cli/support/parse-html';

const jsdomDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const FOOTERS = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';
const LD = 'script[type="application/ld+json"]';

/** Pieces of markup that make the walk's cases: templates (nested too), each selector's near misses. */
const PIECES = [
  '<a href="mailto:x@velotte.example">x</a>',
  '<a>',
  '</a>',
  '<template>',
  '</template>',
  '<div>',
  '</div>',
  '<footer>',
  '</footer>',
  '<div role="contentinfo">',
  '<div id="Page-FOOTER">',
  '<p class="site-footer x">',
  '<span data-cfemail="0a">',
  '<span data-cf="0a">',
  '<base href="https://help.velotte.example/">',
  '<base target="_blank">',
  '<script type="application/ld+json">{}</script>',
  '<script type="APPLICATION/LD+JSON">{}</script>',
  '<script src="x.js"></script>',
  '<svg><a href="#s"></a></svg>',
  'text',
];

describe.each([
  ['linkedom', parseHtml],
  ['jsdom', jsdomDoc],
] as const)('pageParts: one walk, what the queries give (%s)', (_name, parse) => {
  const check = (html: string) => {
    const doc = parse(html);
    const parts = pageParts(doc);
    expect(parts.anchors).toEqual(Array.from(doc.getElementsByTagName('a')));
    expect(parts.footers).toEqual(Array.from(doc.querySelectorAll(FOOTERS)));
    // A flag may be true in vain, never false where the query finds something.
    if (!parts.mayHoldCfEmail) {
      expect(doc.querySelectorAll('[data-cfemail]')).toHaveLength(0);
    }
    if (!parts.mayHoldBase) {
      expect(doc.querySelector('base[href]')).toBeNull();
    }
    if (!parts.mayHoldJsonLd) {
      expect(doc.querySelectorAll(LD)).toHaveLength(0);
    }
    return parts;
  };

  it('a template: its links are anchors where getElementsByTagName gives them; its footer is none', () => {
    const parts = check(
      '<html><body><template><footer><a href="/t">t</a></footer></template>' +
        '<footer><a href="/f">f</a></footer></body></html>',
    );
    expect(parts.footers.map((f) => f.textContent)).toEqual(['f']);
  });

  it('finds each selector’s element, and says no when there is none', () => {
    const parts = check(
      `<html><head><base href="/x/">${PIECES[16]}</head><body><span data-cfemail="0a"></span></body></html>`,
    );
    expect(parts).toMatchObject({ mayHoldCfEmail: true, mayHoldBase: true, mayHoldJsonLd: true });
    expect(check('<p>Nothing <a href="/x">here</a></p>')).toMatchObject({
      mayHoldCfEmail: false,
      mayHoldBase: false,
      mayHoldJsonLd: false,
    });
  });

  it.each([10, 3000, 3001, 4999, 5000, 5001, 6500])(
    '%i links: the bounded anchors boundedAnchors gives',
    (n) => {
      const doc = parse(`<p>${'<a href="/x">x</a>'.repeat(n)}</p>`);
      expect(boundedAnchorsOf(pageParts(doc))).toEqual(boundedAnchors(doc));
    },
  );

  it('on any mix of these pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        check(`<html><head></head><body>${pieces.join('')}</body></html>`);
      }),
      { numRuns: 300 },
    );
  });
});
