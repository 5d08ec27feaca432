// The whole local Supabase-shaped backend: Postgres → bootstrap + migrations → PostgREST, auth, functions,
// all behind one gateway port. Used by `npm run dev`, the tests and the benchmarks.
import pg from 'pg';
import { resolve } from 'node:path';
import { startPostgres } from './postgres.js';
import { bootstrap, migrate } from './migrate.js';
import { startPostgrest } from './postgrest.js';
import { startGateway, proxyTo } from './gateway.js';
import { functionsRoute } from './functions.js';
import { apiKeys } from './jwt.js';
import { createAuthService } from './auth/index.js';
import { repoRoot } from './paths.js';
import type { StackConfig } from './config.js';

export interface Stack {
  apiUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  /** Superuser connection string: local tooling only (seed, tests, benchmarks). */
  dbUrl: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

export interface StackOptions extends Omit<StackConfig, 'webPort'> {
  /** false for throw-away clusters (tests): faster, not crash-safe. */
  durable: boolean;
  functionsDir?: string;
  onLog?: (line: string) => void;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.onLog ?? (() => undefined);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e: unknown) => log(`[stack] stop: ${String(e)}`));
  };
  try {
    const db = await startPostgres({ dataDir: resolve(opts.dataDir, 'pgdata'), port: opts.dbPort, password: opts.dbPassword, durable: opts.durable, onLog: log });
    stops.push(db.stop);

    // Local login roles get the same password as the superuser: the cluster only listens on loopback.
    const passwords = { authenticator: opts.dbPassword, authAdmin: opts.dbPassword };
    const admin = new pg.Client(db.superuserUrl);
    await admin.connect();
    try {
      await bootstrap(admin, passwords);
      const applied = await migrate(admin);
      if (applied.length) log(`[stack] applied migrations ${applied.join(', ')}`);
    } finally {
      await admin.end();
    }

    const rest = await startPostgrest({ port: opts.restPort, dbUrl: db.urlFor('authenticator', passwords.authenticator), jwtSecret: opts.jwtSecret, onLog: log });
    stops.push(rest.stop);

    const auth = createAuthService({ databaseUrl: db.urlFor('supabase_auth_admin', passwords.authAdmin), jwtSecret: opts.jwtSecret });
    stops.push(auth.close);

    const keys = await apiKeys(opts.jwtSecret);
    const apiUrl = `http://${opts.host}:${opts.apiPort}`;
    const gateway = await startGateway({
      host: opts.host,
      port: opts.apiPort,
      jwtSecret: opts.jwtSecret,
      routes: {
        '/rest/v1': proxyTo(opts.restPort),
        '/auth/v1': auth.handler,
        '/functions/v1': functionsRoute({
          dir: opts.functionsDir ?? resolve(repoRoot, 'supabase/functions'),
          jwtSecret: opts.jwtSecret,
          env: { SUPABASE_URL: apiUrl, SUPABASE_ANON_KEY: keys.anonKey, SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey, SUPABASE_DB_URL: db.superuserUrl },
        }),
      },
    });
    stops.push(gateway.close);

    return { apiUrl: gateway.url, ...keys, dbUrl: db.superuserUrl, jwtSecret: opts.jwtSecret, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
