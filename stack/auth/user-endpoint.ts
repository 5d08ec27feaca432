// The signed-in user's own endpoints: GET/PUT /user and POST /logout.
import { requireUser } from './authenticate.js';
import { withTransaction } from './db.js';
import type { Endpoint } from './endpoint.js';
import { badRequest, unprocessable } from './errors.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.js';
import { optionalObject, optionalString, readJsonObject } from './request.js';
import { endSessions, type LogoutScope } from './sessions.js';
import { mergeMetadata, updateUser, userJson, type UserChanges } from './users.js';

export const getUserEndpoint: Endpoint = async (ctx, { req }) => {
  const { user } = await requireUser(req, ctx.pool, ctx.tokens.jwtSecret);
  return { status: 200, body: userJson(user) };
};

/** Password and user_metadata (`data`) changes. Email/phone changes need GoTrue's confirmation mails: not here. */
export const updateUserEndpoint: Endpoint = async (ctx, { req }) => {
  const { user, session } = await requireUser(req, ctx.pool, ctx.tokens.jwtSecret);
  const body = await readJsonObject(req);
  const email = optionalString(body, 'email');
  const phone = optionalString(body, 'phone');
  if ((email && email.toLowerCase() !== user.email?.toLowerCase()) || (phone && phone !== user.phone)) {
    throw badRequest('validation_failed', 'Changing email or phone is not supported by the local auth service (use the admin API)');
  }
  const password = optionalString(body, 'password');
  const data = optionalObject(body, 'data');

  const changes: UserChanges = {};
  if (password !== undefined) {
    checkPasswordStrength(password);
    if (await verifyPassword(password, user.encrypted_password)) {
      throw unprocessable('same_password', 'New password should be different from the old password.');
    }
    changes.encrypted_password = await hashPassword(password);
  }
  if (data) changes.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, data);

  const updated = await withTransaction(ctx.pool, async (tx) => {
    const row = await updateUser(tx, user.id, changes);
    // As GoTrue: a new password signs the user out everywhere except this session.
    if (password !== undefined) await endSessions(tx, user.id, 'others', session?.id ?? null);
    return row;
  });
  return { status: 200, body: userJson(updated) };
};

function logoutScope(value: string | null): LogoutScope {
  switch (value ?? '') {
    case '':
    case 'global':
      return 'global';
    case 'local':
      return 'local';
    case 'others':
      return 'others';
    default:
      throw badRequest('validation_failed', `Unsupported logout scope "${value}"`);
  }
}

export const logoutEndpoint: Endpoint = async (ctx, { req, url }) => {
  const { user, session } = await requireUser(req, ctx.pool, ctx.tokens.jwtSecret);
  const scope = logoutScope(url.searchParams.get('scope'));
  await endSessions(ctx.pool, user.id, scope, session?.id ?? null);
  return { status: 204 };
};
