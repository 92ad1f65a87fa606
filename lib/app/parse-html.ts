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
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}
