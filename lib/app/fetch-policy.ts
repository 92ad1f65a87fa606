import { err, ok, type Result } from '../shared/result';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  bodyKind,
  decodeBody,
  failureKind,
  type FetchError,
  type FetchedPolicy,
} from '../policy-detection/fetch-outcome';

/**
 * Fetch a policy page: redirects followed, a size cap enforced while streaming (a huge page never
 * sits in memory whole), a timeout over the whole exchange, the charset decoded. A PDF or other
 * non-HTML answer is an error the UI says plainly (and offers a link to open). No cookies are sent:
 * the request is the one thing that leaves the machine, and it needs no identity.
 */
export interface FetchPolicyOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * Whether the answer from an address a redirect led to may be read. Asked before the body is
   * touched; a refused address is reported (`redirect-not-allowed`), its answer discarded.
   * Without it, wherever the redirects end is read.
   */
  mayRead?: (url: string) => Promise<boolean>;
}

/**
 * Why a thrown fetch threw, when the caller guards redirects. Browsers hide a redirect's target
 * from extensions as from pages: `redirect: 'manual'` gives an "opaqueredirect" response with no
 * status and no Location (Fetch standard, "opaque-redirect filtered response"; measured in
 * Chromium 156 and Firefox ESR 153 from an extension with host access), and a followed redirect
 * to a site that neither grants the extension access nor answers with CORS fails as a bare
 * network error. So this asks once more with `redirect: 'manual'`: a redirect there means the
 * redirect was refused; where a runtime shows the Location (Node's undici), the target is named.
 */
async function diagnose(
  url: string,
  opts: FetchPolicyOptions & { mayRead: (url: string) => Promise<boolean> },
  signal: AbortSignal,
): Promise<FetchError | undefined> {
  const response = await opts
    .fetch(url, { signal, redirect: 'manual', credentials: 'omit' })
    .catch(() => undefined);
  await response?.body?.cancel().catch(() => undefined);
  if (!response || (response.type !== 'opaqueredirect' && !isRedirect(response.status))) {
    return undefined;
  }
  const location = response.headers.get('location');
  const next = location && URL.canParse(location, url) ? new URL(location, url).href : undefined;
  if (next && !(await opts.mayRead(next))) {
    return { kind: 'redirect-not-allowed', url: next };
  }
  return { kind: 'redirect-hidden', url };
}

const isRedirect = (status: number) => status >= 300 && status < 400;

type Body = { bytes: Uint8Array } | { tooLarge: true };

async function readCapped(response: Response, maxBytes: number): Promise<Body> {
  const reader = response.body?.getReader();
  if (!reader) {
    return { bytes: new Uint8Array() };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { bytes };
}

export async function fetchPolicy(
  url: string,
  opts: FetchPolicyOptions,
): Promise<Result<FetchedPolicy, FetchError>> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let finalUrl = url;
  try {
    const response = await opts.fetch(url, {
      signal: controller.signal,
      redirect: 'follow',
      credentials: 'omit',
    });
    finalUrl = response.url || url;
    // Checked before the body is read: an answer from an address the user never allowed is not used.
    if (opts.mayRead && finalUrl !== url && !(await opts.mayRead(finalUrl))) {
      await response.body?.cancel().catch(() => undefined);
      return err({ kind: 'redirect-not-allowed', url: finalUrl });
    }
    const contentType = response.headers.get('content-type');
    const typed = contentType ? { contentType } : {};
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return err({ kind: 'http', status: response.status, url: finalUrl, ...typed });
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return err({ kind: 'too-large', url: finalUrl, ...typed });
    }
    const body = await readCapped(response, maxBytes);
    if ('tooLarge' in body) {
      return err({ kind: 'too-large', url: finalUrl, ...typed });
    }
    const kind = bodyKind(contentType, body.bytes);
    if (kind === 'pdf' || kind === 'other') {
      return err({ kind: kind === 'pdf' ? 'pdf' : 'not-html', url: finalUrl, ...typed });
    }
    return ok({
      url: finalUrl,
      html: decodeBody(body.bytes, contentType),
      contentType: contentType ?? '',
      truncated: false,
    });
  } catch (e) {
    const kind = failureKind(e, timedOut);
    const redirect =
      opts.mayRead && kind === 'network'
        ? await diagnose(url, { ...opts, mayRead: opts.mayRead }, controller.signal)
        : undefined;
    return err(redirect ?? { kind, url: finalUrl });
  } finally {
    clearTimeout(timer);
  }
}
