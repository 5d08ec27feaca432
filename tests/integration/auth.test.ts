// The local auth service against the real supabase-js client: what the console and the seed rely on must behave
// as it does against a hosted project. Own throw-away Postgres, auth service and gateway; no mocks.
import type { WebSocketLikeConstructor } from '@supabase/realtime-js';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import bcrypt from 'bcryptjs';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthService, type AuthService } from '../../stack/auth/index.js';
import { startGateway } from '../../stack/gateway.js';
import { apiKeys, signJwt, verifyJwt } from '../../stack/jwt.js';
import { bootstrap } from '../../stack/migrate.js';
import { freePort } from '../../stack/ports.js';
import { startPostgres, type PostgresHandle } from '../../stack/postgres.js';

const JWT_SECRET = 'auth-test-secret-0123456789-abcdefghijklmn';
const PASSWORD = 'Correct-horse-7';

let tmp: string | undefined;
let db: PostgresHandle | undefined;
let sql: pg.Client | undefined;
let auth: AuthService | undefined;
let gateway: { url: string; close(): Promise<void> } | undefined;
let apiUrl: string;
let anonKey: string;
let serviceRoleKey: string;
let admin: SupabaseClient;

// supabase-js builds its realtime client eagerly and Node 20 has no WebSocket; nothing here opens one.
const NoWebSocket = function () {
  throw new Error('realtime is not used by the auth tests');
} as unknown as WebSocketLikeConstructor;
const clientOptions = { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }, realtime: { transport: NoWebSocket } };
const anonClient = () => createClient(apiUrl, anonKey, clientOptions);

/** A raw call through the gateway, for what supabase-js hides: status codes, bodies, headers. */
async function call(path: string, init: RequestInit & { apikey?: string | null } = {}) {
  const { apikey = anonKey, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (apikey) headers.set('apikey', apikey);
  const res = await fetch(`${apiUrl}/auth/v1${path}`, { ...rest, headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function createUser(email: string, extra: Record<string, unknown> = {}) {
  const { data, error } = await admin.auth.admin.createUser({ email, password: PASSWORD, email_confirm: true, ...extra });
  if (error) throw error;
  return data.user;
}

async function signIn(email: string, password = PASSWORD) {
  const client = anonClient();
  const { data, error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw error;
  return { client, session: data.session };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'feegrid-auth-test-'));
  chmodSync(tmp, 0o755); // run as root, Postgres runs as `postgres` and must reach its data folder
  db = await startPostgres({ dataDir: join(tmp, 'pgdata'), port: await freePort(), password: 'superuser-pw', durable: false });
  sql = new pg.Client(db.superuserUrl);
  await sql.connect();
  await bootstrap(sql, { authenticator: 'authenticator-pw', authAdmin: 'auth-admin-pw' });

  const apiPort = await freePort();
  apiUrl = `http://127.0.0.1:${apiPort}`;
  auth = createAuthService({ databaseUrl: db.urlFor('supabase_auth_admin', 'auth-admin-pw'), jwtSecret: JWT_SECRET, issuer: `${apiUrl}/auth/v1` });
  gateway = await startGateway({ host: '127.0.0.1', port: apiPort, jwtSecret: JWT_SECRET, routes: { '/auth/v1': auth.handler } });
  ({ anonKey, serviceRoleKey } = await apiKeys(JWT_SECRET));
  admin = createClient(apiUrl, serviceRoleKey, clientOptions);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await auth?.close();
  await sql?.end();
  await db?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('service basics', () => {
  it('answers /health and /settings', async () => {
    const health = await call('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ name: 'GoTrue', version: expect.any(String), description: expect.any(String) });
    const settings = await call('/settings');
    expect(settings.body).toMatchObject({ external: { email: true, phone: false }, disable_signup: true });
  });

  it('is behind the gateway: no apikey, no answer', async () => {
    const res = await call('/health', { apikey: null });
    expect(res.status).toBe(401);
  });

  it('answers unknown endpoints with a GoTrue-style 404', async () => {
    const res = await call('/nope');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 404, error_code: 'not_found' });
  });

  it('refuses self sign-up as a project with signups disabled does', async () => {
    const { error } = await anonClient().auth.signUp({ email: 'someone@example.com', password: PASSWORD });
    expect(error).toMatchObject({ status: 422, code: 'signup_disabled' });
  });
});

describe('admin users API', () => {
  it('creates a confirmed user with GoTrue’s user JSON and a cost-10 bcrypt hash', async () => {
    const user = await createUser('Cashier@Example.com', { user_metadata: { full_name: '李娜' }, app_metadata: { tenant: 'jxhy' } });
    expect(user).toMatchObject({
      aud: 'authenticated',
      role: 'authenticated',
      email: 'cashier@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'], tenant: 'jxhy' },
      user_metadata: { full_name: '李娜', email_verified: true },
      identities: [],
      is_anonymous: false,
    });
    expect(user.email_confirmed_at).toEqual(user.confirmed_at);
    expect(new Date(user.created_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const { rows } = await sql!.query<{ encrypted_password: string }>('select encrypted_password from auth.users where id = $1', [user.id]);
    expect(rows[0]?.encrypted_password).toMatch(/^\$2[aby]\$10\$/);
  });

  it('refuses a duplicate email, whatever its case', async () => {
    const { error } = await admin.auth.admin.createUser({ email: 'CASHIER@example.com', password: PASSWORD });
    expect(error).toMatchObject({ status: 422, code: 'email_exists' });
  });

  it('lists, pages, fetches and deletes users', async () => {
    const doomed = await createUser('leaver@example.com');
    const { data: page1, error } = await admin.auth.admin.listUsers({ page: 1, perPage: 1 });
    expect(error).toBeNull();
    expect(page1.users).toHaveLength(1);
    expect(page1).toMatchObject({ aud: 'authenticated', nextPage: 2 });
    expect((page1 as { total: number }).total).toBeGreaterThanOrEqual(2);

    const { data: fetched } = await admin.auth.admin.getUserById(doomed.id);
    expect(fetched.user?.email).toBe('leaver@example.com');

    const { session } = await signIn('leaver@example.com');
    expect((await admin.auth.admin.deleteUser(doomed.id)).error).toBeNull();
    const { error: gone } = await admin.auth.admin.getUserById(doomed.id);
    expect(gone).toMatchObject({ status: 404, code: 'user_not_found' });
    // Its sessions went with it.
    const { error: refresh } = await anonClient().auth.refreshSession({ refresh_token: session!.refresh_token });
    expect(refresh).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
    const { error: login } = await anonClient().auth.signInWithPassword({ email: 'leaver@example.com', password: PASSWORD });
    expect(login?.code).toBe('invalid_credentials');
  });

  it('takes a fixed id and a ready bcrypt hash (for seeds), and soft-deletes', async () => {
    const id = '5b0e3b8e-8f5d-4c39-9a51-0c7f1a2b3c4d';
    const password_hash = await bcrypt.hash('Seeded-pass-1', 4);
    const { data, error } = await admin.auth.admin.createUser({ id, email: 'seeded@example.com', password_hash, email_confirm: true });
    expect(error).toBeNull();
    expect(data.user?.id).toBe(id);
    await signIn('seeded@example.com', 'Seeded-pass-1');

    expect((await admin.auth.admin.deleteUser(id, true)).error).toBeNull();
    const { data: kept } = await admin.auth.admin.getUserById(id);
    expect(kept.user?.deleted_at).toBeTruthy();
    const login = await anonClient().auth.signInWithPassword({ email: 'seeded@example.com', password: 'Seeded-pass-1' });
    expect(login.error?.code).toBe('invalid_credentials');
    // The address is free again, as after GoTrue's soft delete.
    await createUser('seeded@example.com');
  });

  it('refuses the anon key and a signed-in user’s token', async () => {
    const { error } = await anonClient().auth.admin.listUsers();
    expect(error).toMatchObject({ status: 403, code: 'not_admin' });

    const { session } = await signIn('cashier@example.com');
    const res = await call('/admin/users', { method: 'POST', headers: { ...bearer(session!.access_token), 'content-type': 'application/json' }, body: '{"email":"x@example.com"}' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error_code: 'not_admin', msg: 'User not allowed' });
  });

  it('validates its input', async () => {
    const badEmail = await admin.auth.admin.createUser({ email: 'not-an-email', password: PASSWORD });
    expect(badEmail.error).toMatchObject({ status: 400, code: 'validation_failed' });
    const noEmail = await admin.auth.admin.createUser({ password: PASSWORD });
    expect(noEmail.error).toMatchObject({ status: 400, code: 'validation_failed' });
    const badId = await call('/admin/users/not-a-uuid', { apikey: serviceRoleKey });
    expect(badId.status).toBe(404);
    expect(badId.body).toMatchObject({ error_code: 'validation_failed', msg: 'user_id must be an UUID' });
  });
});

describe('password sign-in', () => {
  it('returns a session whose access token carries Supabase’s claims', async () => {
    const { session } = await signIn('CASHIER@example.com');
    expect(session).toMatchObject({ token_type: 'bearer', expires_in: 3600, user: { email: 'cashier@example.com' } });
    expect(session!.user.last_sign_in_at).toBeTruthy();

    const claims = await verifyJwt(session!.access_token, JWT_SECRET);
    expect(claims).toMatchObject({
      iss: `${apiUrl}/auth/v1`,
      aud: 'authenticated',
      sub: session!.user.id,
      email: 'cashier@example.com',
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'], tenant: 'jxhy' },
      user_metadata: { full_name: '李娜' },
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'password', timestamp: expect.any(Number) }],
      is_anonymous: false,
    });
    expect(claims.exp).toBe(session!.expires_at);
    expect(claims.exp! - claims.iat!).toBe(3600);
    const { rowCount } = await sql!.query('select 1 from auth.sessions where id = $1 and user_id = $2', [claims.session_id, claims.sub]);
    expect(rowCount).toBe(1);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    for (const [email, password] of [['cashier@example.com', 'wrong-password'], ['nobody@example.com', PASSWORD]] as const) {
      const { data, error } = await anonClient().auth.signInWithPassword({ email, password });
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ name: 'AuthApiError', status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    }
  });

  it('words errors by the X-Supabase-Api-Version header, as GoTrue does', async () => {
    const body = JSON.stringify({ email: 'cashier@example.com', password: 'wrong-password' });
    const legacy = await call('/token?grant_type=password', { method: 'POST', body });
    expect(legacy.body).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
    expect(legacy.headers.get('x-supabase-api-version')).toBeNull();
    const current = await call('/token?grant_type=password', { method: 'POST', body, headers: { 'x-supabase-api-version': '2024-01-01' } });
    expect(current.body).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
    expect(current.headers.get('x-supabase-api-version')).toBe('2024-01-01');
  });

  it('refuses an unconfirmed email', async () => {
    await admin.auth.admin.createUser({ email: 'unconfirmed@example.com', password: PASSWORD });
    const { error } = await anonClient().auth.signInWithPassword({ email: 'unconfirmed@example.com', password: PASSWORD });
    expect(error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });

  it('refuses banned users everywhere, and lets them back in when the ban is lifted', async () => {
    const user = await createUser('banned@example.com');
    const { session } = await signIn('banned@example.com');
    expect((await admin.auth.admin.updateUserById(user.id, { ban_duration: '24h' })).data.user?.banned_until).toBeTruthy();

    const login = await anonClient().auth.signInWithPassword({ email: 'banned@example.com', password: PASSWORD });
    expect(login.error).toMatchObject({ status: 400, code: 'user_banned' });
    const refresh = await anonClient().auth.refreshSession({ refresh_token: session!.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'user_banned' });
    const me = await call('/user', { headers: bearer(session!.access_token) });
    expect(me.status).toBe(403);
    expect(me.body).toMatchObject({ error_code: 'user_banned' });

    await admin.auth.admin.updateUserById(user.id, { ban_duration: 'none' });
    await signIn('banned@example.com');
  });

  it('answers malformed requests with 400 and a clear message', async () => {
    const notJson = await call('/token?grant_type=password', { method: 'POST', body: '{"email":' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ error_code: 'bad_json', msg: expect.stringContaining('Could not parse request body as JSON') });
    const wrongType = await call('/token?grant_type=password', { method: 'POST', body: '{"email":42,"password":"x"}' });
    expect(wrongType.body).toMatchObject({ error_code: 'bad_json', msg: expect.stringContaining('"email" must be a string') });
    const noEmail = await call('/token?grant_type=password', { method: 'POST', body: '{"password":"x"}' });
    expect(noEmail.body).toMatchObject({ code: 400, error_code: 'validation_failed', msg: 'missing email or phone' });
    const noToken = await call('/token?grant_type=refresh_token', { method: 'POST', body: '{}' });
    expect(noToken.body).toMatchObject({ code: 400, error_code: 'validation_failed', msg: 'refresh_token required' });
    const badGrant = await call('/token?grant_type=magic', { method: 'POST', body: '{}' });
    expect(badGrant.status).toBe(400);
    const huge = await call('/token?grant_type=password', { method: 'POST', body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
  });
});

describe('sessions', () => {
  it('getUser returns the signed-in user', async () => {
    const { client, session } = await signIn('cashier@example.com');
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: session!.user.id, email: 'cashier@example.com', identities: [] });
  });

  it('refreshSession rotates the refresh token; the spent one is refused and ends the session’s tokens', async () => {
    const { client, session } = await signIn('cashier@example.com');
    const { data, error } = await client.auth.refreshSession();
    expect(error).toBeNull();
    const rotated = data.session!;
    expect(rotated.refresh_token).not.toBe(session!.refresh_token);
    expect((await verifyJwt(rotated.access_token, JWT_SECRET)).session_id).toBe((await verifyJwt(session!.access_token, JWT_SECRET)).session_id);
    const { rows } = await sql!.query<{ revoked: boolean; parent: string | null }>(
      'select revoked, parent from auth.refresh_tokens where token = any($1) order by id',
      [[session!.refresh_token, rotated.refresh_token]],
    );
    expect(rows).toEqual([{ revoked: true, parent: null }, { revoked: false, parent: session!.refresh_token }]);

    const reuse = await anonClient().auth.refreshSession({ refresh_token: session!.refresh_token });
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used', message: 'Invalid Refresh Token: Already Used' });
    // Reuse looks like theft, so GoTrue revokes the token family: the current token is dead too.
    const after = await anonClient().auth.refreshSession({ refresh_token: rotated.refresh_token });
    expect(after.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
  });

  it('lets only one of two concurrent refreshes with the same token through', async () => {
    const { session } = await signIn('cashier@example.com');
    const results = await Promise.all([1, 2].map(() => anonClient().auth.refreshSession({ refresh_token: session!.refresh_token })));
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    expect(results.find((r) => r.error)?.error?.code).toBe('refresh_token_already_used');
  });

  it('signOut revokes the session: refresh fails and the access token no longer finds its session', async () => {
    const { client, session } = await signIn('cashier@example.com');
    expect((await client.auth.signOut()).error).toBeNull();
    const refresh = await anonClient().auth.refreshSession({ refresh_token: session!.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'refresh_token_not_found', message: 'Invalid Refresh Token: Refresh Token Not Found' });
    const me = await anonClient().auth.getUser(session!.access_token);
    expect(me.error?.name).toBe('AuthSessionMissingError');
  });

  it('signOut with scope local leaves the user’s other sessions alone', async () => {
    const first = await signIn('cashier@example.com');
    const second = await signIn('cashier@example.com');
    expect((await first.client.auth.signOut({ scope: 'local' })).error).toBeNull();
    expect((await anonClient().auth.refreshSession({ refresh_token: first.session!.refresh_token })).error?.code).toBe('refresh_token_not_found');
    expect((await second.client.auth.refreshSession()).error).toBeNull();
  });

  it('refuses expired, forged and session-less tokens at /user with 403 bad_jwt', async () => {
    const { session } = await signIn('cashier@example.com');
    const claims = await verifyJwt(session!.access_token, JWT_SECRET);
    const { iat: _iat, exp: _exp, ...rest } = claims;

    const expired = await signJwt(rest, JWT_SECRET, -60);
    const viaClient = await anonClient().auth.getUser(expired);
    expect(viaClient.error).toMatchObject({ status: 403, code: 'bad_jwt' });
    expect(viaClient.error?.message).toContain('token is expired');

    const forged = await signJwt(rest, 'some-other-secret-0123456789-abcdefghij', 3600);
    const res = await call('/user', { headers: bearer(forged) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error_code: 'bad_jwt', msg: expect.stringContaining('signature is invalid') });

    // Only the apikey: the gateway sends it as the bearer, and an API key names no user.
    const keyOnly = await call('/user');
    expect(keyOnly.body).toMatchObject({ code: 403, error_code: 'bad_jwt', msg: 'invalid claim: missing sub claim' });
  });

  it('updateUser changes the password and metadata', async () => {
    await createUser('changer@example.com');
    const { client } = await signIn('changer@example.com');
    const { data, error } = await client.auth.updateUser({ password: 'A-new-password-9', data: { theme: 'dark' } });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toMatchObject({ theme: 'dark', email_verified: true });
    const same = await client.auth.updateUser({ password: 'A-new-password-9' });
    expect(same.error).toMatchObject({ status: 422, code: 'same_password' });
    const weak = await client.auth.updateUser({ password: '123' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password', name: 'AuthWeakPasswordError' });

    const old = await anonClient().auth.signInWithPassword({ email: 'changer@example.com', password: PASSWORD });
    expect(old.error?.code).toBe('invalid_credentials');
    await signIn('changer@example.com', 'A-new-password-9');
  });
});
