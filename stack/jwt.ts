// HS256 JWTs with Supabase's claim shape: the same secret signs the API keys,
// the users' access tokens, and is what PostgREST verifies.
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

const encoder = new TextEncoder();

export async function signJwt(claims: JWTPayload, secret: string, expiresInSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(encoder.encode(secret));
}

export async function verifyJwt(token: string, secret: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, encoder.encode(secret), { algorithms: ['HS256'] });
  return payload;
}

const TEN_YEARS = 10 * 365 * 24 * 3600;

/** The project's API keys, as Supabase issues them: long-lived JWTs naming a database role. */
export async function apiKeys(secret: string): Promise<{ anonKey: string; serviceRoleKey: string }> {
  const [anonKey, serviceRoleKey] = await Promise.all([
    signJwt({ iss: 'supabase', ref: 'local', role: 'anon' }, secret, TEN_YEARS),
    signJwt({ iss: 'supabase', ref: 'local', role: 'service_role' }, secret, TEN_YEARS),
  ]);
  return { anonKey, serviceRoleKey };
}
