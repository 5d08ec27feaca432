// auth.users: queries, and the user JSON GoTrue returns (null timestamps omitted, as Go's `omitempty` does).
import type { Db } from './db.js';
import { notFound } from './errors.js';
import type { JsonObject } from './request.js';

export const AUDIENCE = 'authenticated';

export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  phone: string | null;
  phone_confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: JsonObject | null;
  raw_user_meta_data: JsonObject | null;
  created_at: Date | null;
  updated_at: Date | null;
  banned_until: Date | null;
  deleted_at: Date | null;
  is_anonymous: boolean;
}

const COLUMNS = `id, aud, role, email, encrypted_password, email_confirmed_at, phone, phone_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at, banned_until, deleted_at, is_anonymous`;

export interface UserJson {
  id: string;
  aud: string;
  role: string;
  email: string;
  email_confirmed_at?: string;
  phone: string;
  phone_confirmed_at?: string;
  confirmed_at?: string;
  last_sign_in_at?: string;
  app_metadata: JsonObject;
  user_metadata: JsonObject;
  identities: [];
  created_at: string;
  updated_at: string;
  banned_until?: string;
  deleted_at?: string;
  is_anonymous: boolean;
}

const iso = (d: Date | null) => d?.toISOString();

export function userJson(row: UserRow): UserJson {
  // GoTrue's confirmed_at column is least(email_confirmed_at, phone_confirmed_at).
  const confirmed = [row.email_confirmed_at, row.phone_confirmed_at].filter((d): d is Date => d !== null);
  const confirmedAt = confirmed.length ? new Date(Math.min(...confirmed.map((d) => d.getTime()))) : null;
  const json: UserJson = {
    id: row.id,
    aud: row.aud ?? '',
    role: row.role ?? '',
    email: row.email ?? '',
    email_confirmed_at: iso(row.email_confirmed_at),
    phone: row.phone ?? '',
    phone_confirmed_at: iso(row.phone_confirmed_at),
    confirmed_at: iso(confirmedAt),
    last_sign_in_at: iso(row.last_sign_in_at),
    app_metadata: row.raw_app_meta_data ?? {},
    user_metadata: row.raw_user_meta_data ?? {},
    identities: [],
    created_at: iso(row.created_at) ?? '',
    updated_at: iso(row.updated_at) ?? '',
    banned_until: iso(row.banned_until),
    deleted_at: iso(row.deleted_at),
    is_anonymous: row.is_anonymous,
  };
  for (const key of Object.keys(json) as (keyof UserJson)[]) if (json[key] === undefined) delete json[key];
  return json;
}

export const isBanned = (row: UserRow, now = new Date()) => row.banned_until !== null && row.banned_until > now;

/** GoTrue's metadata update: keys merge in, a null value removes its key. */
export function mergeMetadata(base: JsonObject | null, updates: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [k, v] of Object.entries(updates)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  return merged;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`select ${COLUMNS} from auth.users where id = $1`, [id]);
  return rows[0] ?? null;
}

/** The sign-in lookup: case-insensitive, like GoTrue, and never a deleted user. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `select ${COLUMNS} from auth.users where lower(email) = lower($1) and aud = $2 and deleted_at is null`,
    [email, AUDIENCE],
  );
  return rows[0] ?? null;
}

export async function emailTaken(db: Db, email: string, exceptUserId?: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'select 1 from auth.users where lower(email) = lower($1) and aud = $2 and id is distinct from $3',
    [email, AUDIENCE, exceptUserId ?? null],
  );
  return (rowCount ?? 0) > 0;
}

export interface NewUser {
  id: string;
  role: string;
  email: string;
  encryptedPassword: string;
  emailConfirmedAt: Date | null;
  appMetadata: JsonObject;
  userMetadata: JsonObject;
  bannedUntil: Date | null;
}

export async function insertUser(db: Db, u: NewUser): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       raw_app_meta_data, raw_user_meta_data, banned_until, created_at, updated_at, is_anonymous)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now(), false)
     returning ${COLUMNS}`,
    [u.id, AUDIENCE, u.role, u.email, u.encryptedPassword, u.emailConfirmedAt, JSON.stringify(u.appMetadata),
      JSON.stringify(u.userMetadata), u.bannedUntil],
  );
  return rows[0]!;
}

export interface UserChanges {
  role?: string;
  email?: string | null;
  phone?: string | null;
  encrypted_password?: string | null;
  email_confirmed_at?: Date;
  last_sign_in_at?: Date;
  raw_app_meta_data?: JsonObject;
  raw_user_meta_data?: JsonObject;
  banned_until?: Date | null;
  deleted_at?: Date;
}

export async function updateUser(db: Db, id: string, changes: UserChanges): Promise<UserRow> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  const sets = entries.map(([column], i) => `${column} = $${i + 2}`);
  const values = entries.map(([column, v]) => (column.startsWith('raw_') ? JSON.stringify(v) : v));
  const { rows } = await db.query<UserRow>(
    `update auth.users set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1 returning ${COLUMNS}`,
    [id, ...values],
  );
  if (!rows[0]) throw notFound('user_not_found', 'User not found');
  return rows[0];
}

export async function listUsers(db: Db, page: number, perPage: number): Promise<{ users: UserRow[]; total: number }> {
  const [list, count] = await Promise.all([
    db.query<UserRow>(
      `select ${COLUMNS} from auth.users where aud = $1 order by created_at desc, id limit $2 offset $3`,
      [AUDIENCE, perPage, (page - 1) * perPage],
    ),
    db.query<{ total: number }>('select count(*)::int as total from auth.users where aud = $1', [AUDIENCE]),
  ]);
  return { users: list.rows, total: count.rows[0]?.total ?? 0 };
}

export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.query('delete from auth.users where id = $1', [id]);
}
