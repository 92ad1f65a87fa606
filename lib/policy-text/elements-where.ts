/**
 * The elements of a document that pass `test`, in document order, as `querySelectorAll` finds
 * them (a template's content is not searched), in one walk of the elements: linkedom's selector
 * engine matches every selector of a list against every element, and reads a class attribute by
 * building a DOMTokenList (speed, issue 11, item 8). Each top-level element's descendants come
 * from a TreeWalker (linkedom lists them in one loop over its node list, faster than a walk of
 * DOM getters); the elements inside a template, which linkedom's walker lists and a browser's
 * does not, are skipped up to the first element after it. No recursion: a hostile page may nest
 * deeper than the stack. DOM Core only, so the browser's DOMParser and jsdom give the same.
 */
export function elementsWhere(doc: Document, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let top = doc.firstElementChild; top; top = top.nextElementSibling) {
    if (test(top)) {
      out.push(top);
    }
    if (top.localName === 'template') {
      continue;
    }
    const walker = doc.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
    // While a template's elements are skipped: the first element after it (null: none in `top`).
    let skipping = false;
    let resume: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node as Element;
      if (skipping) {
        if (el !== resume) {
          continue;
        }
        skipping = false;
      }
      if (test(el)) {
        out.push(el);
      }
      if (el.localName === 'template') {
        skipping = true;
        resume = following(el, top);
      }
    }
  }
  return out;
}

/**
 * The first element after `el` and its descendants, within `top`, or null. Each ancestor is
 * climbed through by one template at most (a second one would be inside the first): linear in all.
 */
function following(el: Element, top: Element): Element | null {
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) {
    const next = e.nextElementSibling;
    if (next) {
      return next;
    }
  }
  return null;
}
