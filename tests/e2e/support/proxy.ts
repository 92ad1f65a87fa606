import { createServer, request as httpRequest, type Server } from 'node:http';

/**
 * A logging HTTP proxy for the network audits (Chromium and Firefox): every request the browser
 * sends through it is recorded, only 127.0.0.1 and localhost are forwarded (a test never reaches
 * the internet), and CONNECT tunnels (HTTPS) are logged and refused.
 */
export interface Seen {
  method: string;
  url: string;
  cookie: boolean;
  from: string;
}

const LOCAL = new Set(['127.0.0.1', 'localhost']);

export function hostOf(seen: Seen): string {
  return seen.method === 'CONNECT' ? (seen.url.split(':')[0] ?? '') : new URL(seen.url).hostname;
}

export function startProxy(log: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push({
      method: req.method ?? '',
      url,
      cookie: req.headers.cookie !== undefined,
      from: String(req.headers.origin ?? req.headers.referer ?? ''),
    });
    const target = URL.canParse(url) ? new URL(url) : null;
    if (!target || !LOCAL.has(target.hostname)) {
      res.writeHead(502).end(); // never reach the internet from a test
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '', cookie: false, from: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
