import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The local demo and test site: two origins on 127.0.0.1 (two ports), serving the pages in
 * demo-site/pages. The second origin hosts a policy for a site on the first one. Extra routes
 * (hostile pages, slow responses) are added by tests through `extraRoutes`.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse, site: DemoSite) => void;

export interface DemoSite {
  origin: string;
  otherOrigin: string;
  close(): Promise<void>;
}

const page = (name: string) => new URL(`./pages/${name}`, import.meta.url);

const MAIN_ROUTES: Record<string, string> = {
  '/': 'index.html',
  '/shop/': 'shop-home.html',
  '/shop/privacy-policy': 'shop-policy.html',
  '/books/': 'books-home.html',
  // The same site, linking to its policy on an origin the e2e build has no access to
  // (localhost instead of 127.0.0.1: see serveFile).
  '/books-elsewhere/': 'books-home.html',
  '/nopolicy/': 'nopolicy-home.html',
  '/fr/': 'fr-home.html',
  '/fr/politique-de-confidentialite': 'fr-policy.html',
  '/de/': 'de-home.html',
  '/de/datenschutz': 'de-policy.html',
  '/us/': 'us-home.html',
  '/us/privacy': 'us-policy.html',
  // A site that gives no email address: a web form and a postal address only.
  '/form/': 'form-home.html',
  '/form/privacy': 'form-policy.html',
  // A policy with no email, of a company in the company directory (issue 14).
  '/directory/privacy': 'directory-policy.html',
  // The same without an email but with the company's own request form, filled on a click.
  '/webform/privacy': 'webform-policy.html',
  '/webform/request': 'webform-request.html',
};
const OTHER_ROUTES: Record<string, string> = {
  '/northwind/privacy-notice': 'books-policy.html',
};

function serveFile(res: ServerResponse, file: string, site: DemoSite, path = ''): void {
  const type = file.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
  const other = path.startsWith('/books-elsewhere/')
    ? site.otherOrigin.replace('127.0.0.1', 'localhost')
    : site.otherOrigin;
  const body = readFileSync(page(file), 'utf8').replaceAll('{{OTHER_ORIGIN}}', other);
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
}

function router(
  routes: Record<string, string>,
  extra: Record<string, Handler>,
  site: () => DemoSite,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handler = extra[path];
    if (handler) {
      handler(req, res, site());
    } else if (path === '/static/site.css') {
      serveFile(res, 'site.css', site());
    } else if (routes[path]) {
      serveFile(res, routes[path], site(), path);
    } else {
      notFound(res);
    }
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts both origins; port 0 picks free ports. */
export async function startDemoSite(
  opts: { port?: number; otherPort?: number; extraRoutes?: Record<string, Handler> } = {},
): Promise<DemoSite> {
  const holder: { site?: DemoSite } = {};
  const get = () => holder.site as DemoSite;
  const extra = opts.extraRoutes ?? {};
  const main = createServer(router(MAIN_ROUTES, extra, get));
  const other = createServer(router(OTHER_ROUTES, extra, get));
  const [port, otherPort] = [
    await listen(main, opts.port ?? 0),
    await listen(other, opts.otherPort ?? 0),
  ];
  const close = (s: Server) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  const site: DemoSite = {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://127.0.0.1:${otherPort}`,
    close: async () => {
      await Promise.all([close(main), close(other)]);
    },
  };
  holder.site = site;
  return site;
}
