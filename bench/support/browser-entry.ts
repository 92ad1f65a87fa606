// Bundled by bench/suites/browser.ts and run inside Chromium: the very functions the extension
// calls — the scan on the live document, and the analysis worker's own function (linkedom parse,
// blocks, contacts, analysis), here run on the page's thread to time it.
import { analyzeHtml } from '../../lib/app/analyze-html';
import { parseHtml } from '../../lib/app/parse-html';
import { detectOnPage } from '../../lib/policy-detection/detect-on-page';

function htmlToSummary(html: string, url: string): number {
  return analyzeHtml({ body: html, url, today: '2026-01-01', contentType: '' }).analysis.summary
    .length;
}

function tokenise(html: string): number {
  const text = new DOMParser().parseFromString(html, 'text/html').body?.textContent ?? '';
  return text.split(/\s+/).length;
}

/** Best of `runs` timings of f, in ms (timed here, in the page, with its own clock). */
function best(runs: number, f: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function timeLivePage(runs: number): number[] {
  return Array.from({ length: runs }, () => best(1, () => detectOnPage(document, location.href)));
}

function timeSource(source: string): { scan: number; summary: number; tokenise: number } {
  const url = 'https://example.com/privacy';
  const doc = new DOMParser().parseFromString(source, 'text/html');
  return {
    scan: best(3, () => detectOnPage(doc, url)),
    summary: best(3, () => htmlToSummary(source, url)),
    tokenise: best(3, () => tokenise(source)),
  };
}

/** A 5 MB page as the extension's worker reads it: the parse, then blocks, contacts, analysis. */
function timeLarge(source: string): { parse: number; summary: number } {
  return {
    parse: best(1, () => parseHtml(source)),
    summary: best(1, () => htmlToSummary(source, 'https://example.com/privacy')),
  };
}

/** The scan's JSON, for the output digests: the live page when `source` is empty. */
function scanJson(source: string, url: string): string {
  const doc = source ? new DOMParser().parseFromString(source, 'text/html') : document;
  return JSON.stringify(detectOnPage(doc, source ? url : location.href));
}

Object.assign(globalThis, { rightfulBench: { timeLivePage, timeSource, timeLarge, scanJson } });
