import { browser } from 'wxt/browser';

/** What the in-page fetch hands back over executeScript (plain, serialisable data). */
export interface InPageResponse {
  status: number;
  url: string;
  contentType: string;
  /** Body bytes, base64 (at most maxBytes + 1 bytes, so the caller can tell it was cut). */
  body: string;
  error?: 'timeout' | 'network';
}

/**
 * Runs inside the page (scripting.executeScript `func`), so it must be self-contained: a
 * same-origin fetch made from the site itself needs no host permission and carries the site's
 * own cookies, like following a link. Reads at most maxBytes + 1 bytes.
 */
export async function fetchInPageFunc(
  url: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<InPageResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // mode 'same-origin': a redirect to another origin fails before that origin is contacted, so
    // the only site reached is the one the user is on (SECURITY.md, finding 4).
    const res = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      mode: 'same-origin',
      redirect: 'follow',
    });
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (reader && total <= maxBytes) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
      total += value.byteLength;
    }
    await reader?.cancel().catch(() => undefined);
    const bytes = new Uint8Array(Math.min(total, maxBytes + 1));
    let offset = 0;
    for (const chunk of chunks) {
      const part = chunk.subarray(0, bytes.length - offset);
      bytes.set(part, offset);
      offset += part.length;
    }
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return {
      status: res.status,
      url: res.url,
      contentType: res.headers.get('content-type') ?? '',
      body: btoa(binary),
    };
  } catch (error) {
    const timeout = error instanceof DOMException && error.name === 'AbortError';
    return { status: 0, url, contentType: '', body: '', error: timeout ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A `fetch` for lib/app/fetch-policy that runs the request inside the tab: the bytes come back
 * as a real Response, so size, type and charset are judged by the same code for both paths.
 */
export function makeInPageFetch(tabId: number, maxBytes: number, timeoutMs: number): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: fetchInPageFunc,
      args: [url, maxBytes, timeoutMs],
    });
    const result = injection?.result as Partial<InPageResponse> | undefined;
    if (!result || result.error === 'network' || typeof result.body !== 'string') {
      throw new TypeError('network error');
    }
    if (result.error === 'timeout') {
      throw new DOMException('The operation was aborted.', 'AbortError');
    }
    const bytes = Uint8Array.from(atob(result.body), (c) => c.charCodeAt(0));
    const response = new Response(bytes, {
      status: result.status ?? 0,
      headers: { 'content-type': result.contentType ?? '' },
    });
    // Response.url is read-only on constructed responses; keep the final (redirected) URL.
    Object.defineProperty(response, 'url', { value: result.url || url });
    return response;
  };
}
