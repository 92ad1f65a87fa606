import { DOMParser } from 'linkedom';
import { boundHtml } from '../policy-text/bound-html';

/**
 * A page's HTML → a Document, with linkedom: in the extension's analysis worker (workers have no
 * DOMParser) and in the CLI, evaluator and benchmarks, so what is measured is what ships. A
 * fragment ("<h3>…</h3><p>…</p>", a saved policy body) is put in a body first, as the browser's
 * parser does (HTML Standard, "in body" insertion mode): linkedom would make its first element
 * the document element and lose the rest. A hostile page is cut after MAX_ELEMENTS start tags
 * (lib/policy-text/bound-html.ts). linkedom builds a tree only: no script runs, nothing loads.
 */
export function parseHtml(page: string): Document {
  const html = boundHtml(page);
  const whole = /<(?:html|body|head)[\s>]/i.test(html.slice(0, 100_000));
  const source = whole ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  adoptStrays(doc);
  return doc;
}

/**
 * Content after a stray `</body></html>` (a saved page's mangled attribute such as
 * `src="javascript:"<html><body></body></html>""` in an ad iframe) belongs to the body: the
 * browser's parser puts it there ("after body" and "after after body" insertion modes, HTML
 * Standard 13.2.6.4.19–22), linkedom leaves it beside <html>, where nothing reads it. Comments
 * stay where they are, as in the browser.
 */
function adoptStrays(doc: Document): void {
  // A page that is one unclosed comment has no root element; linkedom's `body` getter throws then.
  const root = doc.documentElement;
  if (!root) {
    return;
  }
  const body = doc.body;
  let node = root.nextSibling;
  while (body && node) {
    const next = node.nextSibling;
    if (node.nodeType === 1 || node.nodeType === 3) {
      body.appendChild(node);
    }
    node = next;
  }
}
