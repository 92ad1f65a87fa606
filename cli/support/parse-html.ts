import { DOMParser } from 'linkedom';

/**
 * The Node side of "a DOM implementation in Node for the CLI": the extension parses with the
 * browser's DOMParser, the CLI, evaluator and benchmarks with linkedom's. Both give a Document
 * to the same lib/ functions.
 */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
