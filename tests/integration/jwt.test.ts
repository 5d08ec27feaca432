// Tokens the API must refuse: signed with another secret, expired, or with a claim changed after signing.
import { beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { signJwt } from '../../stack/jwt.js';
import { signedIn } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';

const { apiUrl, anonKey, jwtSecret } = inject('stack');
let userToken: string;
let userId: string;

beforeAll(async () => {
  const client = await signedIn(LOGINS.manager);
  const { data } = await client.auth.getSession();
  userToken = data.session!.access_token;
  userId = data.session!.user.id;
});

function listUnits(token: string): Promise<Response> {
  return fetch(`${apiUrl}/rest/v1/units?select=id&limit=1`, { headers: { apikey: anonKey, authorization: `Bearer ${token}` } });
}

const b64url = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');

describe('forged tokens', () => {
  test('the genuine token reads rows (control)', async () => {
    const res = await listUnits(userToken);
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveLength(1);
  });

  test('a token signed with another secret is refused', async () => {
    const forged = await signJwt({ role: 'authenticated', sub: userId, aud: 'authenticated' }, 'not-the-project-secret-but-long-enough-000', 3600);
    expect((await listUnits(forged)).status).toBe(401);
  });

  test('an expired token is refused', async () => {
    const expired = await signJwt({ role: 'authenticated', sub: userId, aud: 'authenticated' }, jwtSecret, -60);
    const res = await listUnits(expired);
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toMatch(/expired/i);
  });

  test('a token whose role claim was changed to service_role is refused', async () => {
    const [header, payload, signature] = userToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = [header, b64url({ ...claims, role: 'service_role' }), signature].join('.');
    expect((await listUnits(tampered)).status).toBe(401);
  });

  test('an unsigned token (alg none) is refused', async () => {
    const unsigned = [b64url({ alg: 'none', typ: 'JWT' }), b64url({ role: 'service_role', sub: userId }), ''].join('.');
    expect((await listUnits(unsigned)).status).toBe(401);
  });

  test('a request without the project API key is refused at the gateway', async () => {
    const res = await fetch(`${apiUrl}/rest/v1/units?select=id`, { headers: { authorization: `Bearer ${userToken}` } });
    expect(res.status).toBe(401);
  });
});
