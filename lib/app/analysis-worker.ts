/**
 * The analysis worker (a module Worker started by analyze-document.ts): a hostile or huge page
 * can keep this thread busy, never the popup's, and the popup ends it after a timeout.
 * It has no extension APIs; the page reads and writes the analysis cache.
 */
import './zod-jitless';
import type { WorkerReply } from './analysis-reply';
import { analyzeHtml, type AnalyzeHtmlInput } from './analyze-html';

self.addEventListener('message', (event: MessageEvent<AnalyzeHtmlInput>) => {
  try {
    const reply: WorkerReply = { ok: true, value: analyzeHtml(event.data) };
    self.postMessage(reply);
  } catch (error) {
    const reply: WorkerReply = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(reply);
  }
});
