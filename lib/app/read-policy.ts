import { browser } from 'wxt/browser';
import type { PageScan } from '../policy-detection/schema';
import type { FetchError } from '../policy-detection/fetch-outcome';
import { err, ok, type Result } from '../shared/result';
import { fetchPolicy } from './fetch-policy';
import { makeInPageFetch } from './fetch-in-page';
import type { TargetTab } from './target-tab';

/** Limits for a policy fetch, shown to the user when hit. */
export const POLICY_MAX_BYTES = 5 * 1024 * 1024;
export const POLICY_TIMEOUT_MS = 15_000;

export type ReadPolicyError =
  | FetchError
  /** The page was fetched, but its analysis took too long, failed or was malformed (analyze-document.ts). */
  | { kind: 'analysis-timeout' | 'analysis-failed' | 'analysis-invalid'; url: string }
  | {
      kind: 'needs-permission';
      origin: string;
      url: string;
      /** Set when a redirect from this address (another, granted origin) led to `origin`. */
      redirectedFrom?: string;
    };

export interface PolicySource {
  /** The final URL, after redirects. */
  url: string;
  html: string;
  /** The Content-Type it was served with ('' for the page itself); text/plain is read as text. */
  contentType: string;
  /** How it was obtained, shown in the UI and checked by the network audit. */
  via: 'page' | 'same-origin' | 'other-origin';
}

/**
 * The host permission for one origin. Firefox match patterns take no port: a pattern with one is
 * granted yet never matches (MDN, Match patterns, "host"), so the pattern names the host alone.
 */
const originPattern = (origin: string) => {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
};

/**
 * Gets the policy's HTML the least intrusive way (README, privacy promise):
 * - the page itself when it is the policy (no request at all);
 * - same origin as the tab: fetched from inside the page, like following a link;
 * - another origin: only once the user has granted that one origin, without cookies.
 */
export async function readPolicy(
  target: TargetTab,
  scan: PageScan,
  url: string,
): Promise<Result<PolicySource, ReadPolicyError>> {
  if (scan.isPolicyPage && scan.html && sameDocument(url, scan.url)) {
    return ok({ url: scan.url, html: scan.html, contentType: '', via: 'page' });
  }
  const origin = new URL(url).origin;
  if (target.url && new URL(target.url).origin === origin) {
    return fetchVia(
      url,
      makeInPageFetch(target.tabId, POLICY_MAX_BYTES, POLICY_TIMEOUT_MS),
      'same-origin',
    );
  }
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!granted) {
    return err({ kind: 'needs-permission', origin, url });
  }
  // Issue 10, item 2: a granted origin may redirect anywhere. Each address the redirects reach
  // must be granted too (or be the tab's own site) before its answer is read; otherwise the user
  // is asked for that origin by name, as for a link to it (apex → www included).
  const mayRead = async (next: string) => {
    const nextOrigin = new URL(next).origin;
    return (
      nextOrigin === origin ||
      (target.url !== undefined && new URL(target.url).origin === nextOrigin) ||
      browser.permissions.contains({ origins: [originPattern(nextOrigin)] })
    );
  };
  const read = await fetchVia(
    url,
    (input, init) => fetch(input, { ...init, credentials: 'omit' }),
    'other-origin',
    mayRead,
  );
  if (!read.ok && read.error.kind === 'redirect-not-allowed') {
    const to = read.error.url;
    return err({
      kind: 'needs-permission',
      origin: new URL(to).origin,
      url: to,
      redirectedFrom: url,
    });
  }
  return read;
}

/** One policy fetch with the shared limits, labelled with the way it was made. */
async function fetchVia(
  url: string,
  fetchImpl: typeof fetch,
  via: PolicySource['via'],
  mayRead?: (url: string) => Promise<boolean>,
): Promise<Result<PolicySource, ReadPolicyError>> {
  const fetched = await fetchPolicy(url, {
    fetch: fetchImpl,
    maxBytes: POLICY_MAX_BYTES,
    timeoutMs: POLICY_TIMEOUT_MS,
    ...(mayRead ? { mayRead } : {}),
  });
  if (!fetched.ok) {
    return fetched;
  }
  const { url: finalUrl, html, contentType } = fetched.value;
  return ok({ url: finalUrl, html, contentType, via });
}

/**
 * Asks for host access to one origin. Must be called straight from the click handler: browsers
 * only show the prompt during a user gesture.
 */
export function requestOriginAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

function sameDocument(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}
