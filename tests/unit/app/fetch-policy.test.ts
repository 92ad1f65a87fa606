import { describe, expect, it } from 'vitest';
import { fetchPolicy } from '../../../lib/app/fetch-policy';
import {
  bodyKind,
  charsetOf,
  decodeBody,
  failureKind,
} from '../../../lib/policy-detection/fetch-outcome';

const URL_ = 'https://velotte.example/privacy';
const bytes = (...b: number[]): Uint8Array<ArrayBuffer> => new Uint8Array(b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** A fake fetch answering with a real Response; `finalUrl` stands for a followed redirect. */
function fakeFetch(
  body: BodyInit | null,
  init: ResponseInit = {},
  finalUrl?: string,
): typeof fetch {
  return () => {
    const response = new Response(body, init);
    if (finalUrl) {
      Object.defineProperty(response, 'url', { value: finalUrl });
    }
    return Promise.resolve(response);
  };
}

/** A body that streams `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamOf(chunks: number, size: number, pulled: { n: number }): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      pulled.n++;
      if (pulled.n > chunks) {
        controller.close();
      } else {
        controller.enqueue(new Uint8Array(size).fill(0x61));
      }
    },
  });
}

describe('fetchPolicy', () => {
  it('returns the final URL after redirects, the HTML and its type', async () => {
    const r = await fetchPolicy(URL_, {
      fetch: fakeFetch(
        '<p>Hi</p>',
        { headers: { 'content-type': 'text/html; charset=utf-8' } },
        `${URL_}-2026`,
      ),
    });
    expect(r).toEqual({
      ok: true,
      value: {
        url: `${URL_}-2026`,
        html: '<p>Hi</p>',
        contentType: 'text/html; charset=utf-8',
        truncated: false,
      },
    });
  });

  it.each([
    [
      'windows-1252 from the header',
      'text/html; charset=windows-1252',
      [...ascii('<p>caf'), 0xe9, 0x20, 0x80, ...ascii('</p>')],
      '<p>café €</p>',
    ],
    [
      'iso-8859-1 from <meta charset>',
      'text/html',
      [...ascii('<meta charset="iso-8859-1"><p>d'), 0xe9, ...ascii('j'), 0xe0, ...ascii('</p>')],
      '<meta charset="iso-8859-1"><p>déjà</p>',
    ],
    [
      'iso-8859-1 from http-equiv',
      'text/html',
      [...ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), 0xfc],
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">ü',
    ],
    ['utf-8 by default', 'text/html', [0xc3, 0xa9], 'é'],
  ])('decodes %s', async (_name, type, body, expected) => {
    const r = await fetchPolicy(URL_, {
      fetch: fakeFetch(bytes(...body), { headers: { 'content-type': type } }),
    });
    expect(r.ok && r.value.html).toBe(expected);
  });

  it.each([
    [
      'HTTP 404',
      fakeFetch('no', { status: 404, headers: { 'content-type': 'text/html' } }),
      { kind: 'http', status: 404, url: URL_, contentType: 'text/html' },
    ],
    [
      'a PDF',
      fakeFetch(bytes(...ascii('%PDF-1.7')), { headers: { 'content-type': 'application/pdf' } }),
      { kind: 'pdf', url: URL_, contentType: 'application/pdf' },
    ],
    [
      'a PDF served as octet-stream',
      fakeFetch(bytes(...ascii('%PDF-1.4 x'))),
      { kind: 'pdf', url: URL_ },
    ],
    [
      'an image',
      fakeFetch(bytes(1, 2, 3), { headers: { 'content-type': 'image/png' } }),
      { kind: 'not-html', url: URL_, contentType: 'image/png' },
    ],
    [
      'a declared length over the cap',
      fakeFetch('x', { headers: { 'content-type': 'text/html', 'content-length': '999999999' } }),
      { kind: 'too-large', url: URL_, contentType: 'text/html' },
    ],
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      { kind: 'network', url: URL_ },
    ],
    [
      'a redirect loop',
      () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }),
        ),
      { kind: 'redirect-loop', url: URL_ },
    ],
  ] as const)('%s → a clear error', async (_name, fetch, error) => {
    expect(await fetchPolicy(URL_, { fetch: fetch })).toEqual({
      ok: false,
      error,
    });
  });

  it('stops reading once the cap is passed, without a Content-Length', async () => {
    const pulled = { n: 0 };
    const r = await fetchPolicy(URL_, {
      fetch: fakeFetch(streamOf(1000, 1024, pulled), { headers: { 'content-type': 'text/html' } }),
      maxBytes: 10 * 1024,
    });
    expect(r).toEqual({
      ok: false,
      error: { kind: 'too-large', url: URL_, contentType: 'text/html' },
    });
    expect(pulled.n).toBeLessThan(20);
  });

  it('times out with AbortController', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    expect(await fetchPolicy(URL_, { fetch: hanging, timeoutMs: 10 })).toEqual({
      ok: false,
      error: { kind: 'timeout', url: URL_ },
    });
  });

  it('sends no cookies and follows redirects', async () => {
    let seen: RequestInit | undefined;
    const spy: typeof fetch = (_input, init) => {
      seen = init;
      return Promise.resolve(
        new Response('<p>x</p>', { headers: { 'content-type': 'text/html' } }),
      );
    };
    await fetchPolicy(URL_, { fetch: spy });
    expect(seen).toMatchObject({ credentials: 'omit', redirect: 'follow' });
  });
});

describe('fetchPolicy: redirects to addresses the caller may not read (issue 10, item 2)', () => {
  const GRANTED = 'https://legal.example';
  const mayRead = (url: string) => Promise.resolve(url.startsWith(GRANTED));

  it('an answer from a refused address is not read: the address is reported instead', async () => {
    const pulled = { n: 0 };
    const r = await fetchPolicy(`${GRANTED}/privacy`, {
      fetch: fakeFetch(
        streamOf(3, 10, pulled),
        { headers: { 'content-type': 'text/html' } },
        'https://elsewhere.example/privacy',
      ),
      mayRead,
    });
    expect(r).toEqual({
      ok: false,
      error: { kind: 'redirect-not-allowed', url: 'https://elsewhere.example/privacy' },
    });
    expect(pulled.n).toBeLessThanOrEqual(1); // at most the stream's first pull, never read
  });

  it('a redirect within what may be read is read as before', async () => {
    const r = await fetchPolicy(`${GRANTED}/privacy`, {
      fetch: fakeFetch('<p>Hi</p>', { headers: { 'content-type': 'text/html' } }, `${GRANTED}/p2`),
      mayRead,
    });
    expect(r.ok && r.value.url).toBe(`${GRANTED}/p2`);
  });

  /** A fetch that fails when following (as a browser does for a refused site) and answers `manual` with `redirect`. */
  function refusingFetch(redirect: () => Response, seen: RequestInit[]): typeof fetch {
    return (_input, init) => {
      seen.push(init ?? {});
      return init?.redirect === 'manual'
        ? Promise.resolve(redirect())
        : Promise.reject(new TypeError('Failed to fetch'));
    };
  }

  it('a browser that hides the redirect target (opaqueredirect): "redirect-hidden", not "network"', async () => {
    const seen: RequestInit[] = [];
    const opaque = () => {
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return response;
    };
    const r = await fetchPolicy(`${GRANTED}/privacy`, {
      fetch: refusingFetch(opaque, seen),
      mayRead,
    });
    expect(r).toEqual({ ok: false, error: { kind: 'redirect-hidden', url: `${GRANTED}/privacy` } });
    expect(seen.map((i) => [i.redirect, i.credentials])).toEqual([
      ['follow', 'omit'],
      ['manual', 'omit'],
    ]);
  });

  it('a readable Location names the refused target (apex → www)', async () => {
    const seen: RequestInit[] = [];
    const found = () =>
      new Response(null, {
        status: 301,
        headers: { location: 'https://www.legal.example/privacy' },
      });
    const r = await fetchPolicy(`${GRANTED}/privacy`, {
      fetch: refusingFetch(found, seen),
      mayRead,
    });
    expect(r).toEqual({
      ok: false,
      error: { kind: 'redirect-not-allowed', url: 'https://www.legal.example/privacy' },
    });
  });

  it('a failure without any redirect stays a network failure', async () => {
    const plain = () => new Response('<p>x</p>', { status: 200 });
    const r = await fetchPolicy(`${GRANTED}/privacy`, { fetch: refusingFetch(plain, []), mayRead });
    expect(r).toEqual({ ok: false, error: { kind: 'network', url: `${GRANTED}/privacy` } });
  });
});

describe('fetch-outcome', () => {
  it.each([
    ['text/html; charset=utf-8', '', 'html'],
    ['application/xhtml+xml', '', 'html'],
    ['text/plain', 'Privacy', 'text'],
    ['application/pdf', '', 'pdf'],
    [null, '%PDF-1.5', 'pdf'],
    [null, '<!DOCTYPE html><html>', 'html'],
    ['application/octet-stream', '  <html>', 'html'],
    [null, 'GIF89a', 'other'],
    ['application/json', '{}', 'other'],
  ] as const)('bodyKind(%s, %j) = %s', (type, head, expected) => {
    expect(bodyKind(type, bytes(...ascii(head)))).toBe(expected);
  });

  it.each([
    ['text/html; charset="Windows-1252"', '', 'windows-1252'],
    ['text/html; charset=bogus', '<meta charset="iso-8859-1">', 'iso-8859-1'],
    ['text/html', '<meta charset=bogus>', 'utf-8'],
    [null, '', 'utf-8'],
  ] as const)('charsetOf(%s, %j) = %s', (type, head, expected) => {
    expect(charsetOf(type, bytes(...ascii(head)))).toBe(expected);
  });

  it('honours a UTF-16 BOM', () => {
    expect(decodeBody(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), null)).toBe('hi');
  });

  it.each([
    [new Error('x'), true, 'timeout'],
    [new TypeError('Failed to fetch'), false, 'network'],
    [
      new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }),
      false,
      'redirect-loop',
    ],
    ['weird', false, 'network'],
  ] as const)('failureKind(%s, %s) = %s', (error, timedOut, expected) => {
    expect(failureKind(error, timedOut)).toBe(expected);
  });
});
