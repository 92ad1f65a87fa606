/**
 * The analysis worker (a module Worker started by analyze-document.ts): a hostile or huge page
 * can keep this thread busy, never the popup's, and the popup ends it after a timeout.
 * It has no extension APIs; the page reads and writes the analysis cache.
 */
import './zod-jitless';
import { analyzeHtml, type AnalyzeHtmlInput } from './analyze-html';

self.addEventListener('message', (event: MessageEvent<AnalyzeHtmlInput>) => {
  try {
    self.postMessage({ ok: true, value: analyzeHtml(event.data) });
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
