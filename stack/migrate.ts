// Applies the local bootstrap, then supabase/migrations/ in order, recording each where the Supabase CLI does.
import pg from 'pg';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths.js';

const migrationsDir = resolve(repoRoot, 'supabase/migrations');

export interface Migration { version: string; name: string; sql: string }

export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const [, version = '', name = ''] = /^(\d+)_(.+)\.sql$/.exec(file) ?? [];
      return { version, name, sql: readFileSync(resolve(migrationsDir, file), 'utf8') };
    });
}

/** Passwords for the login roles the local services use (on Supabase these exist already). */
export interface ServicePasswords { authenticator: string; authAdmin: string }

export async function bootstrap(client: pg.Client, passwords: ServicePasswords): Promise<void> {
  await client.query(readFileSync(resolve(repoRoot, 'stack/bootstrap.sql'), 'utf8'));
  await client.query(`alter role authenticator password ${pg.escapeLiteral(passwords.authenticator)}`);
  await client.query(`alter role supabase_auth_admin password ${pg.escapeLiteral(passwords.authAdmin)}`);
}

/** Returns the versions applied by this call. Each migration runs in its own transaction. */
export async function migrate(client: pg.Client): Promise<string[]> {
  const done = new Set(
    (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
  );
  const applied: string[] = [];
  for (const m of listMigrations()) {
    if (done.has(m.version)) continue;
    try {
      await client.query('begin');
      await client.query(m.sql);
      await client.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
        m.version, m.name, [m.sql],
      ]);
      await client.query('commit');
    } catch (e) {
      await client.query('rollback');
      throw new Error(`Migration ${m.version}_${m.name}.sql failed: ${(e as Error).message}`);
    }
    applied.push(m.version);
  }
  if (applied.length) await client.query(`notify pgrst, 'reload schema'`);
  return applied;
}
