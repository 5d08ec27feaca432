// The one API port: CORS for the console, the API key check, and /functions/v1 running handlers as
// Supabase's edge runtime would (JWT required, unknown names 404).
import { afterAll, beforeAll, describe, expect, test, inject } from 'vitest';
import { resolve } from 'node:path';
import { startGateway } from '../../stack/gateway.js';
import { functionsRoute } from '../../stack/functions.js';
import { freePort } from '../../stack/ports.js';
import { signJwt } from '../../stack/jwt.js';

const { apiUrl, anonKey, jwtSecret } = inject('stack');
let functionsUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const gateway = await startGateway({
    host: '127.0.0.1', port: await freePort(), jwtSecret,
    routes: {
      '/functions/v1': functionsRoute({
        dir: resolve(import.meta.dirname, '../fixtures/functions'), jwtSecret,
        env: { SUPABASE_URL: 'http://example.test', SUPABASE_ANON_KEY: anonKey, SUPABASE_SERVICE_ROLE_KEY: 'unused', SUPABASE_DB_URL: 'unused' },
      }),
    },
  });
  functionsUrl = `${gateway.url}/functions/v1`;
  close = gateway.close;
});

afterAll(async () => {
  await close?.();
});

describe('gateway', () => {
  test('answers the browser’s CORS preflight', async () => {
    const res = await fetch(`${apiUrl}/rest/v1/units`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'PATCH' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/apikey/);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/content-range/);
  });

  test('routes /rest/v1 to PostgREST with the anon key, and refuses a made-up key', async () => {
    const ok = await fetch(`${apiUrl}/rest/v1/`, { headers: { apikey: anonKey } });
    expect(ok.status).toBe(200);
    const forged = await signJwt({ role: 'anon' }, 'another-secret-that-is-long-enough-0000', 60);
    expect((await fetch(`${apiUrl}/rest/v1/`, { headers: { apikey: forged } })).status).toBe(401);
  });

  test('unknown prefixes are 404', async () => {
    expect((await fetch(`${apiUrl}/storage/v1/bucket`, { headers: { apikey: anonKey } })).status).toBe(404);
  });
});

describe('functions', () => {
  test('runs a handler with the request and the Supabase env', async () => {
    const res = await fetch(`${functionsUrl}/echo`, {
      method: 'POST', headers: { apikey: anonKey, 'content-type': 'application/json' }, body: JSON.stringify({ period: '2027Q1' }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ method: 'POST', path: '/functions/v1/echo', body: { period: '2027Q1' }, supabaseUrl: 'http://example.test' });
  });

  test('requires a valid JWT', async () => {
    const res = await fetch(`${functionsUrl}/echo`, { headers: { apikey: anonKey, authorization: 'Bearer not-a-jwt' } });
    expect(res.status).toBe(401);
  });

  test('an unknown function is 404 with its name', async () => {
    const res = await fetch(`${functionsUrl}/billing-run`, { headers: { apikey: anonKey } });
    expect(res.status).toBe(404);
    expect((await res.json()).message).toMatch(/billing-run/);
  });
});
