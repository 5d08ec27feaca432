// GoTrue's requireAuthentication and requireAdminCredentials: who is calling, with GoTrue's refusals.
import type http from 'node:http';
import type { JWTPayload } from 'jose';
import { verifyAccessToken } from './access-token.js';
import type { Db } from './db.js';
import { badRequest, forbidden } from './errors.js';
import { bearerToken } from './request.js';
import { findSession, type Session } from './sessions.js';
import { findUserById, isBanned, type UserRow } from './users.js';

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface Caller {
  claims: JWTPayload;
  user: UserRow;
  /** null for tokens without a session_id (GoTrue then treats every scope as global). */
  session: Session | null;
}

export async function requireUser(req: http.IncomingMessage, db: Db, jwtSecret: string): Promise<Caller> {
  const claims = await verifyAccessToken(bearerToken(req), jwtSecret);
  if (!claims.sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (!UUID_RE.test(claims.sub)) throw badRequest('bad_jwt', 'invalid claim: sub claim must be a UUID');
  const user = await findUserById(db, claims.sub);
  if (!user || user.deleted_at) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  let session: Session | null = null;
  const sessionId = claims.session_id;
  if (typeof sessionId === 'string' && sessionId !== '' && sessionId !== NIL_UUID) {
    if (!UUID_RE.test(sessionId)) throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
    session = await findSession(db, sessionId);
    // supabase-js turns this code into AuthSessionMissingError: the user signed out, or was signed out.
    if (!session) throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  if (isBanned(user)) throw forbidden('user_banned', 'User is banned');
  return { claims, user, session };
}

/** GoTrue's default admin roles (GOTRUE_JWT_ADMIN_ROLES). */
const ADMIN_ROLES = new Set(['service_role', 'supabase_admin']);

export async function requireAdmin(req: http.IncomingMessage, jwtSecret: string): Promise<void> {
  const claims = await verifyAccessToken(bearerToken(req), jwtSecret);
  if (typeof claims.role !== 'string' || !ADMIN_ROLES.has(claims.role)) throw forbidden('not_admin', 'User not allowed');
}
