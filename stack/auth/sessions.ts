// auth.sessions and auth.refresh_tokens, GoTrue's way: one session per sign-in, a chain of refresh tokens per
// session (each new one records its parent), rotation revokes the presented token.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from './db.js';

export interface Session {
  id: string;
  userId: string;
  /** When the user signed in: the `amr` timestamp in every access token of the session. */
  createdAt: Date;
}

export interface RefreshTokenRow {
  id: string;
  token: string;
  revoked: boolean;
  user_id: string;
  session_id: string;
  session_created_at: Date;
  not_after: Date | null;
}

const newToken = () => randomBytes(24).toString('base64url');

async function insertRefreshToken(db: Db, userId: string, sessionId: string, parent: string | null): Promise<string> {
  const token = newToken();
  await db.query(
    `insert into auth.refresh_tokens (token, user_id, session_id, parent, revoked, created_at, updated_at)
     values ($1, $2, $3, $4, false, now(), now())`,
    [token, userId, sessionId, parent],
  );
  return token;
}

export async function createSession(db: Db, userId: string): Promise<{ session: Session; refreshToken: string }> {
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    `insert into auth.sessions (id, user_id, created_at, updated_at) values ($1, $2, now(), now()) returning id, created_at`,
    [randomUUID(), userId],
  );
  const row = rows[0]!;
  const refreshToken = await insertRefreshToken(db, userId, row.id, null);
  return { session: { id: row.id, userId, createdAt: row.created_at }, refreshToken };
}

/** Locks the token and its session, so concurrent refreshes of one session take turns. */
export async function findRefreshTokenForUpdate(db: Db, token: string): Promise<RefreshTokenRow | null> {
  const { rows } = await db.query<RefreshTokenRow>(
    `select rt.id, rt.token, rt.revoked, rt.user_id, rt.session_id, s.created_at as session_created_at, s.not_after
       from auth.refresh_tokens rt join auth.sessions s on s.id = rt.session_id
      where rt.token = $1
      for update of rt, s`,
    [token],
  );
  return rows[0] ?? null;
}

/** Revokes the presented token and issues its child. */
export async function rotateRefreshToken(db: Db, current: RefreshTokenRow): Promise<string> {
  await db.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1', [current.id]);
  await db.query('update auth.sessions set updated_at = now() where id = $1', [current.session_id]);
  return insertRefreshToken(db, current.user_id, current.session_id, current.token);
}

/** GoTrue's answer to a reused (revoked) token: the whole family is revoked. */
export async function revokeSessionTokens(db: Db, sessionId: string): Promise<void> {
  await db.query('update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and not revoked', [
    sessionId,
  ]);
}

export async function findSession(db: Db, id: string): Promise<Session | null> {
  const { rows } = await db.query<{ id: string; user_id: string; created_at: Date }>(
    'select id, user_id, created_at from auth.sessions where id = $1',
    [id],
  );
  const row = rows[0];
  return row ? { id: row.id, userId: row.user_id, createdAt: row.created_at } : null;
}

export type LogoutScope = 'global' | 'local' | 'others';

/** Deleting sessions deletes their refresh tokens (on delete cascade), which is what ends them. */
export async function endSessions(db: Db, userId: string, scope: LogoutScope, sessionId: string | null): Promise<void> {
  if (scope === 'local' && sessionId) {
    await db.query('delete from auth.sessions where id = $1', [sessionId]);
  } else if (scope === 'others' && sessionId) {
    await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId]);
  } else {
    await db.query('delete from auth.sessions where user_id = $1', [userId]);
  }
}
