import { DOMParser } from 'linkedom';
import { boundHtml } from '../../lib/policy-text/bound-html';

/**
 * The Node side of "a DOM implementation in Node for the CLI": the extension parses with the
 * browser's DOMParser, the CLI, evaluator and benchmarks with linkedom's. Both give a Document
 * to the same lib/ functions. A fragment ("<h3>…</h3><p>…</p>", a saved policy body) is put in
 * a body first, as the browser's parser does (HTML Standard, "in body" insertion mode): linkedom
 * would make its first element the document element and lose the rest. A hostile page is cut
 * after MAX_ELEMENTS start tags (lib/policy-text/bound-html.ts), as in the extension.
 */
export function parseHtml(page: string): Document {
  const html = boundHtml(page);
  const whole = /<(?:html|body|head)[\s>]/i.test(html.slice(0, 100_000));
  const source = whole ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}
