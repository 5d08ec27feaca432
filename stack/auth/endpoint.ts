// The shape every endpoint shares: it gets the service's context and the request, and returns a reply or throws an AuthError.
import type http from 'node:http';
import type pg from 'pg';
import type { TokenSettings } from './access-token.js';

export interface AuthContext {
  pool: pg.Pool;
  tokens: TokenSettings;
}

export interface AuthRequest {
  req: http.IncomingMessage;
  url: URL;
  /** Captured path segments, e.g. the user id of /admin/users/:id. */
  params: string[];
}

export interface Reply {
  status: number;
  /** Omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Endpoint = (ctx: AuthContext, request: AuthRequest) => Promise<Reply>;
