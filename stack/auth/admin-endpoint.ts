// /admin/users: what supabase-js's auth.admin uses to manage users (the router checks the service-role token first).
import { randomUUID } from 'node:crypto';
import { DatabaseError } from 'pg';
import { UUID_RE } from './authenticate.js';
import { withTransaction, type Db } from './db.js';
import { parseGoDuration } from './duration.js';
import type { AuthRequest, Endpoint } from './endpoint.js';
import { badRequest, notFound, unprocessable } from './errors.js';
import { checkPasswordStrength, hashPassword, isBcryptHash, randomPassword } from './passwords.js';
import { optionalBoolean, optionalObject, optionalString, readJsonObject, type JsonObject } from './request.js';
import { endSessions } from './sessions.js';
import {
  AUDIENCE, deleteUser, emailTaken, findUserById, insertUser, listUsers, mergeMetadata, updateUser, userJson,
  type UserChanges, type UserRow,
} from './users.js';

const emailExists = () => unprocessable('email_exists', 'A user with this email address has already been registered');

function validEmail(email: string): string {
  if (email.length > 255) throw badRequest('validation_failed', 'An email address is too long');
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*$/.test(email)) {
    throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
  }
  return email.toLowerCase();
}

function rejectPhone(body: JsonObject): void {
  if (optionalString(body, 'phone')) throw badRequest('validation_failed', 'Phone users are not supported by the local auth service');
}

/** banned_until for a `ban_duration`: "none" (or zero) lifts a ban. */
function bannedUntil(banDuration: string): Date | null {
  const ms = banDuration === 'none' ? 0 : parseGoDuration(banDuration);
  if (ms === null) throw badRequest('validation_failed', `invalid format for ban duration: time: invalid duration "${banDuration}"`);
  return ms === 0 ? null : new Date(Date.now() + ms);
}

/** GoTrue confirms an email by stamping it and recording email_verified in user_metadata. */
const confirmedMetadata = (metadata: JsonObject) => ({ ...metadata, email_verified: true });

async function loadUser(db: Db, { params }: AuthRequest): Promise<UserRow> {
  const id = params[0] ?? '';
  if (!UUID_RE.test(id)) throw notFound('validation_failed', 'user_id must be an UUID');
  const user = await findUserById(db, id);
  if (!user) throw notFound('user_not_found', 'User not found');
  return user;
}

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw badRequest('validation_failed', `Bad Pagination Parameters: "${value}" is not a positive integer`);
  }
  return Number(value);
}

export const listUsersEndpoint: Endpoint = async (ctx, { url }) => {
  const page = positiveInt(url.searchParams.get('page'), 1);
  const perPage = positiveInt(url.searchParams.get('per_page'), 50);
  const { users, total } = await listUsers(ctx.pool, page, perPage);
  // GoTrue's pagination headers; supabase-js reads next/last from Link and the total from X-Total-Count.
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const link = (p: number, rel: string) => `</admin/users?page=${p}&per_page=${perPage}>; rel="${rel}"`;
  const links = page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : [link(lastPage, 'last')];
  return {
    status: 200,
    body: { users: users.map(userJson), aud: AUDIENCE },
    headers: { link: links.join(', '), 'x-total-count': String(total) },
  };
};

export const getUserByIdEndpoint: Endpoint = async (ctx, request) => ({
  status: 200,
  body: userJson(await loadUser(ctx.pool, request)),
});

function isUniqueViolation(e: unknown): e is DatabaseError {
  return e instanceof DatabaseError && e.code === '23505';
}

export const createUserEndpoint: Endpoint = async (ctx, { req }) => {
  const body = await readJsonObject(req);
  rejectPhone(body);
  const rawEmail = optionalString(body, 'email');
  if (!rawEmail) throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
  const email = validEmail(rawEmail);
  if (await emailTaken(ctx.pool, email)) throw emailExists();

  const id = optionalString(body, 'id') || randomUUID();
  if (!UUID_RE.test(id)) throw badRequest('validation_failed', 'ID must conform to the uuid v4 format');
  if (/^[0-]+$/.test(id)) throw badRequest('validation_failed', 'ID cannot be a nil uuid');

  const password = optionalString(body, 'password');
  const passwordHash = optionalString(body, 'password_hash');
  if (password && passwordHash) throw badRequest('validation_failed', 'Only a password or a password hash should be provided');
  if (passwordHash && !isBcryptHash(passwordHash)) throw badRequest('validation_failed', 'password_hash must be a bcrypt hash');

  const banDuration = optionalString(body, 'ban_duration');
  const confirm = optionalBoolean(body, 'email_confirm') ?? false;
  const userMetadata = optionalObject(body, 'user_metadata') ?? {};
  const appMetadata = mergeMetadata({ provider: 'email', providers: ['email'] }, optionalObject(body, 'app_metadata') ?? {});

  const encryptedPassword = passwordHash || (await hashPassword(password || randomPassword()));
  const banned = banDuration ? bannedUntil(banDuration) : null;

  try {
    const user = await insertUser(ctx.pool, {
      id,
      role: optionalString(body, 'role') || 'authenticated',
      email,
      encryptedPassword,
      emailConfirmedAt: confirm ? new Date() : null,
      appMetadata,
      userMetadata: confirm ? confirmedMetadata(userMetadata) : userMetadata,
      bannedUntil: banned,
    });
    return { status: 200, body: userJson(user) };
  } catch (e) {
    // Lost a race with another create of the same email, or the id is taken.
    if (isUniqueViolation(e)) throw e.constraint?.includes('email') ? emailExists() : unprocessable('user_already_exists', 'User already exists');
    throw e;
  }
};

export const updateUserByIdEndpoint: Endpoint = async (ctx, request) => {
  const user = await loadUser(ctx.pool, request);
  const body = await readJsonObject(request.req);
  rejectPhone(body);
  const changes: UserChanges = {};

  const rawEmail = optionalString(body, 'email');
  if (rawEmail) {
    changes.email = validEmail(rawEmail);
    if (await emailTaken(ctx.pool, changes.email, user.id)) throw emailExists();
  }
  const password = optionalString(body, 'password');
  if (password !== undefined) {
    checkPasswordStrength(password);
    changes.encrypted_password = await hashPassword(password);
  }
  const role = optionalString(body, 'role');
  if (role) changes.role = role;
  const banDuration = optionalString(body, 'ban_duration');
  if (banDuration) changes.banned_until = bannedUntil(banDuration);
  const appMetadata = optionalObject(body, 'app_metadata');
  if (appMetadata) changes.raw_app_meta_data = mergeMetadata(user.raw_app_meta_data, appMetadata);
  let userMetadata = optionalObject(body, 'user_metadata');
  if (optionalBoolean(body, 'email_confirm')) {
    changes.email_confirmed_at = new Date();
    userMetadata = { ...userMetadata, email_verified: true };
  }
  if (userMetadata) changes.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, userMetadata);

  try {
    const updated = await withTransaction(ctx.pool, async (tx) => {
      const row = await updateUser(tx, user.id, changes);
      // As GoTrue: an admin password reset ends every session of the user.
      if (password !== undefined) await endSessions(tx, user.id, 'global', null);
      return row;
    });
    return { status: 200, body: userJson(updated) };
  } catch (e) {
    if (isUniqueViolation(e)) throw emailExists();
    throw e;
  }
};

export const deleteUserByIdEndpoint: Endpoint = async (ctx, request) => {
  const user = await loadUser(ctx.pool, request);
  const body = await readJsonObject(request.req, { allowEmpty: true });
  if (optionalBoolean(body, 'should_soft_delete')) {
    if (!user.deleted_at) {
      // GoTrue's soft delete keeps the row but frees the address and makes the account unusable.
      await withTransaction(ctx.pool, async (tx) => {
        await updateUser(tx, user.id, { email: null, phone: null, encrypted_password: null, deleted_at: new Date() });
        await endSessions(tx, user.id, 'global', null);
      });
    }
  } else {
    await deleteUser(ctx.pool, user.id);
  }
  return { status: 200, body: {} };
};
