/**
 * The elements of a document that pass `test`, in document order, as `querySelectorAll` finds
 * them (a template's content is not searched), in one walk of the elements: linkedom's selector
 * engine matches every selector of a list against every element, and reads a class attribute by
 * building a DOMTokenList (speed, issue 11, item 8). A loop, not a recursion: a hostile page may
 * nest deeper than the stack. DOM Core only, so the browser's DOMParser and jsdom give the same.
 */
export function elementsWhere(doc: Document, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  let el = doc.firstElementChild;
  while (el) {
    if (test(el)) {
      out.push(el);
    }
    let next = el.localName === 'template' ? null : el.firstElementChild;
    while (!next && el) {
      next = el.nextElementSibling;
      el = next ? null : el.parentElement;
    }
    el = next;
  }
  return out;
}
