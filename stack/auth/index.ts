// Local stand-in for Supabase Auth (GoTrue): the part of its HTTP API that supabase-js uses, mounted by the
// gateway at /auth/v1. Production uses real Supabase Auth; see DESIGN.md §2 "Local stack".
import type http from 'node:http';
import pg from 'pg';
import { sendJson, type RouteHandler } from '../gateway.js';
import { createUserEndpoint, deleteUserByIdEndpoint, getUserByIdEndpoint, listUsersEndpoint, updateUserByIdEndpoint } from './admin-endpoint.js';
import { requireAdmin } from './authenticate.js';
import type { AuthContext, Endpoint, Reply } from './endpoint.js';
import { AuthError, notFound, sendError, unprocessable } from './errors.js';
import { tokenEndpoint } from './token-endpoint.js';
import { getUserEndpoint, logoutEndpoint, updateUserEndpoint } from './user-endpoint.js';

export interface AuthServiceOptions {
  /** Connection string for the role supabase_auth_admin (owner of the auth schema), as GoTrue connects. */
  databaseUrl: string;
  jwtSecret: string;
  accessTokenSeconds?: number;
  /** The access tokens' `iss`; a hosted project uses `<project url>/auth/v1`, so pass `<gateway url>/auth/v1`. */
  issuer?: string;
}

export interface AuthService {
  handler: RouteHandler;
  close(): Promise<void>;
}

const health: Endpoint = async () => ({
  status: 200,
  body: { version: 'feegrid-local', name: 'GoTrue', description: 'GoTrue is a user registration and authentication API' },
});

/** What the local service offers: email + password only, no self sign-up (users are created by an admin or the seed). */
const settings: Endpoint = async () => ({
  status: 200,
  body: {
    external: { anonymous_users: false, email: true, phone: false },
    disable_signup: true,
    mailer_autoconfirm: false,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  },
});

const signup: Endpoint = async () => {
  throw unprocessable('signup_disabled', 'Signups not allowed for this instance');
};

interface Route {
  method: string;
  path: RegExp;
  /** Behind GoTrue's requireAdminCredentials: a service_role token. */
  admin?: boolean;
  endpoint: Endpoint;
}

const ROUTES: Route[] = [
  { method: 'GET', path: /^\/health$/, endpoint: health },
  { method: 'GET', path: /^\/settings$/, endpoint: settings },
  { method: 'POST', path: /^\/signup$/, endpoint: signup },
  { method: 'POST', path: /^\/token$/, endpoint: tokenEndpoint },
  { method: 'GET', path: /^\/user$/, endpoint: getUserEndpoint },
  { method: 'PUT', path: /^\/user$/, endpoint: updateUserEndpoint },
  { method: 'POST', path: /^\/logout$/, endpoint: logoutEndpoint },
  { method: 'GET', path: /^\/admin\/users$/, admin: true, endpoint: listUsersEndpoint },
  { method: 'POST', path: /^\/admin\/users$/, admin: true, endpoint: createUserEndpoint },
  { method: 'GET', path: /^\/admin\/users\/([^/]+)$/, admin: true, endpoint: getUserByIdEndpoint },
  { method: 'PUT', path: /^\/admin\/users\/([^/]+)$/, admin: true, endpoint: updateUserByIdEndpoint },
  { method: 'DELETE', path: /^\/admin\/users\/([^/]+)$/, admin: true, endpoint: deleteUserByIdEndpoint },
];

function send(res: http.ServerResponse, reply: Reply): void {
  if (reply.body === undefined) res.writeHead(reply.status, reply.headers).end();
  else sendJson(res, reply.status, reply.body, reply.headers);
}

export function createAuthService(options: AuthServiceOptions): AuthService {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 5 });
  // An idle connection dropping (Postgres restarting) must not take the process down; the next query reconnects.
  pool.on('error', (e) => console.error(`[auth] idle database connection lost: ${e.message}`));
  const ctx: AuthContext = {
    pool,
    tokens: { jwtSecret: options.jwtSecret, accessTokenSeconds: options.accessTokenSeconds ?? 3600, issuer: options.issuer ?? 'supabase' },
  };

  async function dispatch(req: http.IncomingMessage, path: string): Promise<Reply> {
    const url = new URL(path, 'http://auth.local');
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    for (const route of ROUTES) {
      const match = route.method === req.method ? route.path.exec(pathname) : null;
      if (!match) continue;
      if (route.admin) await requireAdmin(req, ctx.tokens.jwtSecret);
      return route.endpoint(ctx, { req, url, params: match.slice(1) });
    }
    throw notFound('not_found', `No such endpoint: ${req.method ?? ''} ${pathname}`);
  }

  const handler: RouteHandler = (req, res, path) => {
    void dispatch(req, path).then(
      (reply) => send(res, reply),
      (e: unknown) => {
        if (e instanceof AuthError) return sendError(req, res, e);
        console.error('[auth] unexpected failure:', e);
        sendError(req, res, new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information'));
      },
    );
  };

  return { handler, close: () => pool.end() };
}
