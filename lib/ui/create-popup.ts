import { createSignal, type Accessor } from 'solid-js';
import type { DocumentAnalysis } from '../app/analyze-document';
import { localToday } from '../app/local-today';
import {
  readPolicy,
  requestOriginAccess,
  type PolicySource,
  type ReadPolicyError,
} from '../app/read-policy';
import { scanTab, type ScanError } from '../app/scan-tab';
import type { TabProgress } from '../app/tab-session';
import { resolveTargetTab, type TargetTab } from '../app/target-tab';
import type { PageScan } from '../policy-detection/schema';

export type ScanState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'error'; error: ScanError }
  | { status: 'done'; scan: PageScan };

export type ReadState =
  | { status: 'idle' }
  | { status: 'reading'; url: string }
  | { status: 'error'; error: ReadPolicyError }
  | { status: 'done'; source: PolicySource; result: DocumentAnalysis };

export interface PopupController {
  target: Accessor<TargetTab | undefined>;
  scan: Accessor<ScanState>;
  read: Accessor<ReadState>;
  today: string;
  /** Where the user left off in this tab (step, draft); the verdict step for a fresh read. */
  progress: Accessor<TabProgress>;
  /** Remembers the step and draft for this tab, so closing the popup loses nothing. */
  saveProgress(progress: TabProgress): void;
  /** Reads (fetches and analyses) the policy at `url`: the one request Rightful makes, on a click. */
  readUrl(url: string): void;
  /** Asks for host access to one origin, then reads the pending URL. Call from a click handler. */
  allowOrigin(origin: string): void;
}

// Loaded when needed, not before the first paint (issue 12, weight): the analysis (lexicons,
// rules) and the tab's session (whose schema is the analysis's).
const analysis = () => import('../app/analyze-document');
const session = () => import('../app/tab-session');

/** The popup's state: scan the tab on open, read a policy when the user asks. */
export function createPopup(search: string): PopupController {
  const [target, setTarget] = createSignal<TargetTab>();
  const [scan, setScan] = createSignal<ScanState>({ status: 'loading' });
  const [read, setRead] = createSignal<ReadState>({ status: 'idle' });
  const [progress, setProgress] = createSignal<TabProgress>({ step: 'verdict' });
  const today = localToday();
  let pendingUrl: string | undefined;

  const saveProgress = (next: TabProgress) => {
    setProgress(next);
    const tab = target();
    if (tab) {
      void session().then((s) => s.saveTabProgress(tab.tabId, next));
    }
  };
  const done = (source: PolicySource, result: DocumentAnalysis) => {
    setRead({ status: 'done', source, result });
    const tab = target();
    const pageUrl = tab?.url;
    if (tab && pageUrl) {
      setProgress({ step: 'verdict' });
      void session().then((s) =>
        s
          .saveTabSession(tab.tabId, s.newTabSession(pageUrl, source, result))
          .then(() => s.saveTabProgress(tab.tabId, { step: 'verdict' })),
      );
    }
  };

  const readUrl = (url: string) => {
    const tab = target();
    const state = scan();
    if (!tab || state.status !== 'done') {
      return;
    }
    pendingUrl = url;
    setRead({ status: 'reading', url });
    void readPolicy(tab, state.scan, url).then(
      (outcome) => {
        if (!outcome.ok) {
          setRead({ status: 'error', error: outcome.error });
          return;
        }
        const { html, url: finalUrl, contentType } = outcome.value;
        return analysis().then((a) =>
          a.analyzeDocument(html, finalUrl, today, contentType).then(
            (result) => done(outcome.value, result),
            (error: unknown) =>
              setRead({
                status: 'error',
                error: {
                  kind: error instanceof a.AnalysisError ? error.kind : 'analysis-failed',
                  url: finalUrl,
                },
              }),
          ),
        );
      },
      () => setRead({ status: 'error', error: { kind: 'network', url } }),
    );
  };

  const allowOrigin = (origin: string) => {
    // No await before request(): the prompt needs the click's user gesture.
    void requestOriginAccess(origin).then((granted) => {
      if (granted && pendingUrl) {
        readUrl(pendingUrl);
      }
    });
  };

  void resolveTargetTab(search).then(async (tab) => {
    if (!tab) {
      setScan({ status: 'no-tab' });
      return;
    }
    setTarget(tab);
    // What this tab's popup showed before it closed: back at once, without a click.
    const kept = await session().then((s) => s.readTabSession(tab.tabId, tab.url));
    if (kept) {
      setProgress(kept.progress);
      setRead({ status: 'done', source: { ...kept.source, html: '' }, result: kept.result });
    }
    const result = await scanTab(tab.tabId, tab.url);
    if (!result.ok) {
      setScan({ status: 'error', error: result.error });
      return;
    }
    setScan({ status: 'done', scan: result.value });
    // The page is the policy: analyse what is already here, no request at all.
    if (!kept && result.value.isPolicyPage && result.value.html) {
      readUrl(result.value.url);
    }
  });

  return { target, scan, read, today, progress, saveProgress, readUrl, allowOrigin };
}
