// Serves supabase/functions/<name>/handler.ts at /functions/v1/<name>, as Supabase's edge runtime serves
// <name>/index.ts (which wraps the same handler in Deno.serve). Like Supabase, a valid JWT is required.
import type http from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendJson, type RouteHandler } from './gateway.js';
import { verifyJwt } from './jwt.js';

/** What a function receives besides the request: the variables Supabase's runtime provides. */
export interface FunctionEnv {
  SUPABASE_URL: string;
  SUPABASE_ANON_KEY: string;
  SUPABASE_SERVICE_ROLE_KEY: string;
  SUPABASE_DB_URL: string;
}

export type FunctionHandler = (req: Request, env: FunctionEnv) => Promise<Response>;

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toHeaders(req: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v);
    else if (Array.isArray(v)) for (const item of v) headers.append(k, item);
  }
  return headers;
}

export function functionsRoute(opts: { dir: string; env: FunctionEnv; jwtSecret: string }): RouteHandler {
  const loaded = new Map<string, Promise<FunctionHandler>>();
  const load = (name: string): Promise<FunctionHandler> => {
    let handler = loaded.get(name);
    if (!handler) {
      handler = import(pathToFileURL(resolve(opts.dir, name, 'handler.ts')).href).then((m: { default: FunctionHandler }) => m.default);
      loaded.set(name, handler);
    }
    return handler;
  };

  return (req, res, path) => {
    const name = /^\/([a-z0-9_-]+)(?:[/?]|$)/.exec(path)?.[1];
    if (!name || !existsSync(resolve(opts.dir, name, 'handler.ts'))) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: `Requested function was not found: ${path}` });
      return;
    }
    const token = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
    void (async () => {
      try {
        await verifyJwt(token, opts.jwtSecret);
      } catch {
        sendJson(res, 401, { code: 401, message: 'Invalid JWT' });
        return;
      }
      try {
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
        const request = new Request(`http://localhost/functions/v1${path}`, { method: req.method, headers: toHeaders(req), body });
        const response = await (await load(name))(request, opts.env);
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (e) {
        sendJson(res, 500, { code: 'FUNCTION_ERROR', message: `function ${name} failed: ${(e as Error).message}` });
      }
    })();
  };
}
