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
}

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
    return err({ kind: failureKind(e, timedOut), url: finalUrl });
  } finally {
    clearTimeout(timer);
  }
}
