// Demo data for a fresh local stack: the seeded companies, projects and records, and one login per role.
import pg from 'pg';
import { planSeed, resolveOptions } from '../seed/generate/index.js';
import { writeSeed } from '../seed/write/write-seed.js';
import { authAdminApi, createDemoUsers } from '../seed/write/users.js';
import { historyRange } from '../seed/history/range.js';
import { writeHistory } from '../seed/history/write-history.js';
import type { Stack } from './stack.js';

export interface DemoDataOptions {
  /**
   * Months of migrated bills and payments ending before the quarter of the seed's asOf (so that quarter is
   * left for a billing run of one's own). None by default: the tests count the demo projects' bills and arrears.
   */
  historyMonths?: number;
}

/** The local dev database (`npm run dev`, `npm run db:reset`): two years of history for the HQ dashboards. */
export const DEV_DEMO: DemoDataOptions = { historyMonths: 24 };

/** Seeds the default demo when the database has no company yet. Returns whether it seeded. */
export async function ensureDemoData(
  stack: Pick<Stack, 'dbUrl' | 'apiUrl' | 'serviceRoleKey'>, log: (line: string) => void, demo: DemoDataOptions = {},
): Promise<boolean> {
  const db = new pg.Client(stack.dbUrl);
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.companies');
    if (rows[0]!.n > 0) return false;
    const options = resolveOptions({});
    const result = await writeSeed(db, options, { onProgress: log });
    log(`demo data written in ${(result.elapsedMs / 1000).toFixed(1)} s`);
    // Logins first: the history's payments are taken by the projects' cashiers.
    await createDemoUsers(authAdminApi(stack.apiUrl, stack.serviceRoleKey), db);
    if (demo.historyMonths) {
      const history = await writeHistory(db, {
        ...historyRange(demo.historyMonths, options.asOf), projectIds: planSeed(options).projects.map((p) => p.row.id),
        paidThrough: options.asOf, seed: options.seed,
      });
      log(`${demo.historyMonths} months of bills and payments written in ${history.seconds.total.toFixed(1)} s ` +
        `(${history.rows.bills} bills, ${history.rows.payments} payments)`);
    }
    return true;
  } finally {
    await db.end();
  }
}
