import type { PolicyAnalysis } from '../policy-analysis/schema';
import type { ContactsResult } from '../policy-detection/schema';
import type { Block } from '../shared/policy-text';
import { commitAnalysis, lookupAnalysis, type CacheLookup } from './analysis-cache';
import { WorkerReply, type AnalyzedHtml } from './analysis-reply';
import type { AnalyzeHtmlInput } from './analyze-html';

export interface DocumentAnalysis {
  url: string;
  blocks: Block[];
  contacts: ContactsResult;
  analysis: PolicyAnalysis;
  /** When the policy's text differs from the one seen on that date (analysis cache). */
  changedSince?: string;
}

/** How long the worker may take; a hostile page that needs more is given up on, with a message. */
export const ANALYSIS_TIMEOUT_MS = 60_000;

/**
 * The analysis did not finish: it took too long, the worker failed, or its reply was not an
 * analysis (`detail` says what was wrong with it, for the console and the tests).
 */
export class AnalysisError extends Error {
  constructor(
    readonly kind: 'analysis-timeout' | 'analysis-failed' | 'analysis-invalid',
    readonly detail = '',
  ) {
    super(detail ? `${kind}: ${detail}` : kind);
  }
}

/** The worker's reply, checked: the analysis, or the error to show. */
export function readWorkerReply(data: unknown): AnalyzedHtml | AnalysisError {
  const parsed = WorkerReply.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'reply';
    return new AnalysisError('analysis-invalid', `${where}: ${issue?.message ?? 'unreadable'}`);
  }
  return parsed.data.ok
    ? parsed.data.value
    : new AnalysisError('analysis-failed', parsed.data.message);
}

export type AnalysisRunner = (input: AnalyzeHtmlInput) => Promise<AnalyzedHtml>;

/** Runs the analysis in a module Worker (lib/app/analysis-worker.ts), ended after `timeoutMs`. */
export function analyzeInWorker(timeoutMs = ANALYSIS_TIMEOUT_MS): AnalysisRunner {
  return (input) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), {
        type: 'module',
      });
      const end = (settle: () => void) => {
        clearTimeout(timer);
        worker.terminate();
        settle();
      };
      const timer = setTimeout(
        () => end(() => reject(new AnalysisError('analysis-timeout'))),
        timeoutMs,
      );
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const reply = readWorkerReply(event.data);
        end(() => (reply instanceof AnalysisError ? reject(reply) : resolve(reply)));
      });
      worker.addEventListener('error', () =>
        end(() => reject(new AnalysisError('analysis-failed'))),
      );
      worker.postMessage(input);
    });
}

/**
 * The policy's HTML (or plain text) → contacts and analysis, off the popup's thread (`run`: the
 * worker; tests pass the same function run in place). The analysis is cached by URL and content
 * hash (lib/app/analysis-cache.ts): the page reads the cache, the worker reuses a cached
 * analysis of the same text, and the page stores the outcome, so a changed text is noticed.
 */
export async function analyzeDocument(
  body: string,
  url: string,
  today: string,
  contentType = '',
  now: string = new Date().toISOString(),
  run: AnalysisRunner = analyzeInWorker(),
): Promise<DocumentAnalysis> {
  // The cache is a convenience: if storage fails (quota, damage), analyse without it.
  const lookup: CacheLookup | undefined = await lookupAnalysis(url, now).catch(() => undefined);
  const analyzed = await run({
    body,
    url,
    today,
    contentType,
    ...(lookup?.reusable ? { reusable: lookup.reusable } : {}),
  });
  const committed = lookup
    ? await commitAnalysis(url, lookup, analyzed, now).catch(() => undefined)
    : undefined;
  const { blocks, analysis, contacts } = analyzed;
  return {
    url,
    blocks,
    contacts,
    analysis,
    ...(committed?.changedSince ? { changedSince: committed.changedSince } : {}),
  };
}
