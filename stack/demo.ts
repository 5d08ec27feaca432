// Demo data for a fresh local stack: the seeded companies, projects and records, and one login per role.
import pg from 'pg';
import { resolveOptions } from '../seed/generate/index.js';
import { writeSeed } from '../seed/write/write-seed.js';
import { authAdminApi, createDemoUsers } from '../seed/write/users.js';
import type { Stack } from './stack.js';

/** Seeds the default demo when the database has no company yet. Returns whether it seeded. */
export async function ensureDemoData(stack: Pick<Stack, 'dbUrl' | 'apiUrl' | 'serviceRoleKey'>, log: (line: string) => void): Promise<boolean> {
  const db = new pg.Client(stack.dbUrl);
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.companies');
    if (rows[0]!.n > 0) return false;
    const result = await writeSeed(db, resolveOptions({}), { onProgress: log });
    log(`demo data written in ${(result.elapsedMs / 1000).toFixed(1)} s`);
    await createDemoUsers(authAdminApi(stack.apiUrl, stack.serviceRoleKey), db);
    return true;
  } finally {
    await db.end();
  }
}
