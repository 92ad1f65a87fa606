import { MAX_ANCHORS_HEAD, MAX_ANCHORS_TAIL } from './find-policy-links';

/**
 * What the contact finders read of a parsed page, gathered in one walk of its elements (speed,
 * issue 11, item 8): the markup's addresses, the footer reader, the web-form finder and the
 * controller's schema.org data each walked the whole page (getElementsByTagName twice, three
 * selector queries, the footer walk), ~0.2 ms each in linkedom on an OPP-115 page. A loop, not
 * a recursion: a hostile page may nest deeper than the stack. DOM Core only, so the browser's
 * DOMParser, jsdom and linkedom give what their own queries give.
 */
export interface PageParts {
  doc: Document;
  /** The `a` elements, as `getElementsByTagName('a')` gives them (linkedom's a template's too). */
  anchors: Element[];
  /** The footers, as `elementsWhere(doc, isFooter)` finds them: in document order, none in a template. */
  footers: Element[];
  /**
   * False only when these selectors can find nothing, so their query is skipped: no element (in a
   * template or not) with a `data-cfemail`, no `base` with attributes, no `script` whose type is
   * `application/ld+json` in any case (the selector's own test, or a looser one).
   */
  mayHoldCfEmail: boolean;
  mayHoldBase: boolean;
  mayHoldJsonLd: boolean;
}

/**
 * Where sites put their contact line: the footer, however it is marked up — what the selectors
 * `footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]` find, tested by hand
 * (linkedom's engine built a DOMTokenList for every classed element).
 */
function isFooter(el: Element): boolean {
  if (el.localName === 'footer') {
    return true;
  }
  if (!el.hasAttributes()) {
    return false;
  }
  const id = el.getAttribute('id');
  const cls = el.getAttributeNode('class')?.value;
  return (
    el.getAttribute('role') === 'contentinfo' ||
    (id !== null && id.toLowerCase().includes('footer')) ||
    (cls !== undefined && cls.toLowerCase().includes('footer'))
  );
}

/** The anchors boundedAnchors gives (find-policy-links): the first MAX_ANCHORS_HEAD, then the last MAX_ANCHORS_TAIL. */
export function boundedAnchorsOf(parts: PageParts): Element[] {
  const all = parts.anchors;
  return all.length <= MAX_ANCHORS_HEAD
    ? all
    : [
        ...all.slice(0, MAX_ANCHORS_HEAD),
        ...all.slice(Math.max(MAX_ANCHORS_HEAD, all.length - MAX_ANCHORS_TAIL)),
      ];
}

export function pageParts(doc: Document): PageParts {
  const parts: PageParts = {
    doc,
    anchors: [],
    footers: [],
    mayHoldCfEmail: false,
    mayHoldBase: false,
    mayHoldJsonLd: false,
  };
  // The outermost template the walk is in: its elements are anchors for linkedom's
  // getElementsByTagName, which walks every node, but no footer (a browser's template holds its
  // content apart, where neither DOM Core nor its queries look).
  let template: Element | null = null;
  let el = doc.firstElementChild;
  while (el) {
    const name = el.localName;
    if (name === 'a') {
      parts.anchors.push(el);
    }
    if (template === null && isFooter(el)) {
      parts.footers.push(el);
    }
    // Each selector needs an attribute; its tag is compared lower-cased, as linkedom's engine does.
    if (el.hasAttributes()) {
      parts.mayHoldCfEmail ||= el.hasAttribute('data-cfemail');
      const lower = name.toLowerCase();
      parts.mayHoldBase ||= lower === 'base';
      parts.mayHoldJsonLd ||=
        lower === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
    }
    let next = el.firstElementChild;
    if (next && template === null && name === 'template') {
      template = el;
    }
    while (!next && el) {
      if (el === template) {
        template = null;
      }
      next = el.nextElementSibling;
      el = next ? null : el.parentElement;
    }
    el = next;
  }
  return parts;
}
