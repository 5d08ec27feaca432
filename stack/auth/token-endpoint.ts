// POST /token: the password and refresh_token grants, answering with GoTrue's session JSON.
import { issueAccessToken } from './access-token.js';
import { withTransaction } from './db.js';
import type { AuthContext, Endpoint, Reply } from './endpoint.js';
import { badRequest, INVALID_LOGIN, unprocessable } from './errors.js';
import { verifyPassword } from './passwords.js';
import { optionalString, readJsonObject, type JsonObject } from './request.js';
import { createSession, findRefreshTokenForUpdate, revokeSessionTokens, rotateRefreshToken, type Session } from './sessions.js';
import { findUserByEmail, findUserById, isBanned, updateUser, userJson, type UserRow } from './users.js';

async function sessionReply(ctx: AuthContext, user: UserRow, session: Session, refreshToken: string): Promise<Reply> {
  const access = await issueAccessToken(ctx.tokens, user, session);
  return {
    status: 200,
    body: {
      access_token: access.token,
      token_type: 'bearer',
      expires_in: ctx.tokens.accessTokenSeconds,
      expires_at: access.expiresAt,
      refresh_token: refreshToken,
      user: userJson(user),
    },
  };
}

async function passwordGrant(ctx: AuthContext, body: JsonObject): Promise<Reply> {
  const email = optionalString(body, 'email');
  const phone = optionalString(body, 'phone');
  const password = optionalString(body, 'password') ?? '';
  if (email && phone) throw badRequest('validation_failed', 'Only an email address or phone number should be provided on login.');
  if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
  if (!email) throw badRequest('validation_failed', 'missing email or phone');

  const user = await findUserByEmail(ctx.pool, email);
  // Unknown email and wrong password get the same answer. (GoTrue reports a ban before checking the password;
  // checking the password first keeps a ban from telling strangers that an address has an account.)
  if (!user || !(await verifyPassword(password, user.encrypted_password))) throw badRequest('invalid_credentials', INVALID_LOGIN);
  if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
  if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');

  return withTransaction(ctx.pool, async (tx) => {
    const signedIn = await updateUser(tx, user.id, { last_sign_in_at: new Date() });
    const { session, refreshToken } = await createSession(tx, user.id);
    return sessionReply(ctx, signedIn, session, refreshToken);
  });
}

const tokenNotFound = () => badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');

async function refreshGrant(ctx: AuthContext, body: JsonObject): Promise<Reply> {
  const presented = optionalString(body, 'refresh_token');
  if (!presented) throw badRequest('validation_failed', 'refresh_token required');

  const outcome = await withTransaction(ctx.pool, async (tx): Promise<{ reused: true } | { reused: false; reply: Reply }> => {
    const current = await findRefreshTokenForUpdate(tx, presented);
    if (!current) throw tokenNotFound();
    const user = await findUserById(tx, current.user_id);
    if (!user || user.deleted_at) throw tokenNotFound();
    if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
    if (current.not_after && current.not_after <= new Date()) {
      throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired');
    }
    if (current.revoked) {
      // Reuse of a spent token is taken as theft: the whole session's tokens go (committed, then refused).
      // Hosted GoTrue tolerates reuse for GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL (10 s) and hands back the
      // current token for the immediate parent; locally every reuse is refused, so double-spending shows up early.
      await revokeSessionTokens(tx, current.session_id);
      return { reused: true };
    }
    const next = await rotateRefreshToken(tx, current);
    const session: Session = { id: current.session_id, userId: user.id, createdAt: current.session_created_at };
    return { reused: false, reply: await sessionReply(ctx, user, session, next) };
  });
  if (outcome.reused) throw badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used');
  return outcome.reply;
}

export const tokenEndpoint: Endpoint = async (ctx, { req, url }) => {
  const grantType = url.searchParams.get('grant_type');
  if (grantType === 'password') return passwordGrant(ctx, await readJsonObject(req));
  if (grantType === 'refresh_token') return refreshGrant(ctx, await readJsonObject(req));
  throw badRequest('validation_failed', `Unsupported grant_type "${grantType ?? ''}": this local service supports password and refresh_token`);
};
