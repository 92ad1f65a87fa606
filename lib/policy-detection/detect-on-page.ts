import type { PageScan } from './schema';
import { finishScan } from './finish-scan';
import { scanPage } from './scan-page';

/**
 * The whole scan of a document as the popup ends up with it: the injected part (scan-page.ts),
 * then the popup's (finish-scan.ts). For callers that hold the document themselves: the CLI, the
 * benches, the tests.
 */
export function detectOnPage(doc: Document, pageUrl: string): PageScan {
  return finishScan(scanPage(doc, pageUrl));
}
