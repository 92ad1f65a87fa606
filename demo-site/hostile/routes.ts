import type { ServerResponse } from 'node:http';
import type { Handler } from '../server';
import { deepPage, hiddenEmailsPolicy, home, rewritingHome, xssPolicy } from './pages';

/**
 * Hostile pages for the end-to-end tests (issue 7): served on both test origins through
 * startDemoSite({ extraRoutes: HOSTILE_ROUTES }). Each home page links to a policy that attacks
 * one promise; tests/e2e/hostile.e2e.ts says what the user must see for each.
 */
const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

/** Every request to a beacon is a failure of the test that planted it. */
export const BEACON = '/hostile/beacon';
/** 20 MB: four times the 5 MB cap of lib/app/read-policy.ts. */
export const HUGE_BYTES = 20 * 1024 * 1024;
/** 200,000 nested elements in all; the deepest chain 20,000 levels. */
export const DEEP_ELEMENTS = 200_000;
export const DEEPEST_CHAIN = 20_000;
/** Open responses of the never-ending route, ended when the server closes. */
const hanging = new Set<ServerResponse>();

const html =
  (body: (origin: string) => string): Handler =>
  (_req, res, site) => {
    res.writeHead(200, HTML);
    res.end(body(site.origin));
  };

const homeTo = (title: string, policyHref: string, linkText?: string): Handler =>
  html(() => home({ title, policyHref, ...(linkText ? { linkText } : {}) }));

/** 20 MB of well-formed policy text, streamed (with a length, as a real server would say). */
const huge: Handler = (_req, res) => {
  const head = Buffer.from(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title></head>' +
      '<body><main><h1>Privacy Policy</h1><p>Write to privacy@huge-shop.example.</p>\n',
  );
  const paragraph = Buffer.from('<p>We keep your data safe and for a limited time only. </p>\n');
  res.writeHead(200, { ...HTML, 'content-length': String(HUGE_BYTES) });
  res.write(head);
  let sent = head.length;
  const push = (): void => {
    while (sent < HUGE_BYTES) {
      const chunk = paragraph.subarray(0, Math.min(paragraph.length, HUGE_BYTES - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', push);
        return;
      }
    }
    res.end();
  };
  res.on('error', () => undefined);
  push();
};

/** Headers and a first paragraph, then silence: the response never finishes. */
const neverEnds: Handler = (_req, res) => {
  res.writeHead(200, HTML);
  res.write('<!doctype html><html><head><title>Privacy Policy</title></head><body><p>Loading');
  hanging.add(res);
  res.on('close', () => hanging.delete(res));
};

const redirect =
  (to: string): Handler =>
  (_req, res) => {
    res.writeHead(302, { location: to, 'cache-control': 'no-store' });
    res.end();
  };

const bytes =
  (type: string, body: () => Buffer): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body());
  };

/** Noise bytes, the same on every run (xorshift32, seed 7): reproducible "binary" answers. */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 7;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export const HOSTILE_ROUTES: Record<string, Handler> = {
  [BEACON]: (_req, res) => {
    res.writeHead(204);
    res.end();
  },
  '/hostile/xss/': (req, res, site) =>
    homeTo(
      'Hostile shop',
      '/hostile/xss/privacy-policy',
      `Privacy Policy <img src="${site.origin}${BEACON}?via=link-text">`,
    )(req, res, site),
  '/hostile/xss/privacy-policy': html((origin) => xssPolicy(`${origin}${BEACON}`)),
  '/hostile/huge/': homeTo('Huge policy shop', '/hostile/huge/privacy-policy'),
  '/hostile/huge/privacy-policy': huge,
  '/hostile/deep/': html(() => deepPage(DEEP_ELEMENTS, DEEPEST_CHAIN)),
  '/hostile/deep/privacy-policy': html(() => hiddenEmailsPolicy()),
  '/hostile/loop/': homeTo('Looping shop', '/hostile/loop/privacy-policy'),
  '/hostile/loop/privacy-policy': redirect('/hostile/loop/privacy-policy-2'),
  '/hostile/loop/privacy-policy-2': redirect('/hostile/loop/privacy-policy'),
  // A same-origin policy link the site redirects to another origin (network audit).
  '/hostile/redirect/': homeTo('Redirecting shop', '/hostile/redirect/privacy-policy'),
  '/hostile/redirect/privacy-policy': (req, res, site) =>
    redirect(`${site.otherOrigin}/northwind/privacy-notice`)(req, res, site),
  '/hostile/slow/': homeTo('Slow shop', '/hostile/slow/privacy-policy'),
  '/hostile/slow/privacy-policy': neverEnds,
  '/hostile/pdf/': homeTo('PDF shop', '/hostile/pdf/privacy-policy'),
  '/hostile/pdf/privacy-policy': bytes('application/pdf', () => PDF),
  '/hostile/binary/': homeTo('Binary shop', '/hostile/binary/privacy-policy'),
  '/hostile/binary/privacy-policy': bytes('application/octet-stream', () => noise(64 * 1024)),
  '/hostile/rewrite/': html(() => rewritingHome()),
  // SECURITY.md, finding 1: a tab inside the scheme slips past the javascript: check.
  '/hostile/scheme/': (req, res, site) =>
    homeTo('Scheme shop', `java\tscript:fetch('${site.origin}${BEACON}?via=scheme')`)(
      req,
      res,
      site,
    ),
  '/hostile/rewrite/privacy-notice': html(() => hiddenEmailsPolicy()),
  '/hostile/hidden/privacy-policy': html(() => hiddenEmailsPolicy()),
};

/** Ends the never-ending responses (call before closing the site, or close() waits for them). */
export function endHangingResponses(): void {
  for (const res of hanging) {
    res.destroy();
  }
  hanging.clear();
}
