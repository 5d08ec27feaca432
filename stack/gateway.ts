// One port for the whole API, as Supabase's gateway: /rest/v1 → PostgREST, /auth/v1 → auth, /functions/v1 → functions.
// Like Supabase's gateway it requires a project API key and answers CORS for the browser console.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyJwt } from './jwt.js';

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse, path: string) => void;

export interface GatewayOptions {
  host: string;
  port: number;
  jwtSecret: string;
  /** prefix (e.g. '/rest/v1') → handler receiving the path after the prefix (with query string). */
  routes: Record<string, RouteHandler>;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, prefer, range, accept-profile, content-profile, x-supabase-api-version, accept',
  'access-control-expose-headers': 'content-range, range, x-total-count, x-supabase-api-version',
  'access-control-max-age': '86400',
};

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Forwards a request to a local upstream (PostgREST), streaming both ways. */
export function proxyTo(upstreamPort: number): RouteHandler {
  return (req, res, path) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path, headers: { ...req.headers, host: `127.0.0.1:${upstreamPort}` } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => sendJson(res, 502, { message: `upstream unavailable: ${e.message}` }));
    req.pipe(upstream);
  };
}

async function validApiKey(key: string | undefined, secret: string): Promise<boolean> {
  if (!key) return false;
  try {
    const claims = await verifyJwt(key, secret);
    return claims.role === 'anon' || claims.role === 'service_role';
  } catch {
    return false;
  }
}

export async function startGateway(opts: GatewayOptions): Promise<{ url: string; close(): Promise<void> }> {
  const prefixes = Object.keys(opts.routes).sort((a, b) => b.length - a.length);
  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const url = req.url ?? '/';
    const prefix = prefixes.find((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));
    if (!prefix) {
      sendJson(res, 404, { message: `no route for ${url}` });
      return;
    }
    const apikey = req.headers.apikey as string | undefined;
    void validApiKey(apikey, opts.jwtSecret).then((ok) => {
      if (!ok) {
        sendJson(res, 401, { message: 'No API key found in request or the key is invalid', hint: 'send the project anon key as the apikey header' });
        return;
      }
      // Supabase's gateway falls back to the API key when no user token is sent.
      if (!req.headers.authorization) req.headers.authorization = `Bearer ${apikey}`;
      opts.routes[prefix]!(req, res, url.slice(prefix.length) || '/');
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
