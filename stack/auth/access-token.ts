// Access tokens with the claims Supabase Auth puts in them, and GoTrue's answers when a presented token is bad.
import { SignJWT, type JWTPayload } from 'jose';
import { verifyJwt } from '../jwt.js';
import { forbidden } from './errors.js';
import type { Session } from './sessions.js';
import type { UserRow } from './users.js';

export interface TokenSettings {
  jwtSecret: string;
  accessTokenSeconds: number;
  issuer: string;
}

export interface AccessToken {
  token: string;
  /** Unix seconds; equals the token's exp claim. */
  expiresAt: number;
}

const encoder = new TextEncoder();

export async function issueAccessToken(settings: TokenSettings, user: UserRow, session: Session): Promise<AccessToken> {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + settings.accessTokenSeconds;
  const claims: JWTPayload = {
    iss: settings.issuer,
    sub: user.id,
    aud: user.aud ?? 'authenticated',
    exp,
    iat,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'password', timestamp: Math.floor(session.createdAt.getTime() / 1000) }],
    session_id: session.id,
    is_anonymous: user.is_anonymous,
  };
  const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(encoder.encode(settings.jwtSecret));
  return { token, expiresAt: exp };
}

/** jose's error codes, worded as GoTrue's JWT library words them. */
function reason(e: unknown): string {
  const { code, message } = e as { code?: string; message?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'token has invalid claims: token is expired';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'token signature is invalid: signature is invalid';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `token has invalid claims: ${message ?? ''}`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'token is unverifiable: signing method is invalid';
    default:
      return `token is malformed: ${message ?? String(e)}`;
  }
}

/** Verifies signature and expiry; any failure is GoTrue's 403 bad_jwt. */
export async function verifyAccessToken(token: string, jwtSecret: string): Promise<JWTPayload> {
  try {
    return await verifyJwt(token, jwtSecret);
  } catch (e) {
    throw forbidden('bad_jwt', `invalid JWT: unable to parse or verify signature, ${reason(e)}`);
  }
}
