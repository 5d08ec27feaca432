// Demo data for a fresh local stack: the seeded companies, projects and records, and one login per role.
import pg from 'pg';
import { planSeed, resolveOptions } from '../seed/generate/index.js';
import { writeSeed } from '../seed/write/write-seed.js';
import { authAdminApi, createDemoUsers } from '../seed/write/users.js';
import { historyRange } from '../seed/history/range.js';
import { writeHistory } from '../seed/history/write-history.js';
import { writeServiceHistory } from '../seed/service/write-service-history.js';
import { addDays } from '../rules/dates.js';
import { chinaToday } from '../supabase/functions/_shared/http.js';
import type { Stack } from './stack.js';

export interface DemoDataOptions {
  /**
   * Months of migrated bills and payments ending before the quarter of the seed's asOf (so that quarter is
   * left for a billing run of one's own). None by default: the tests count the demo projects' bills and arrears.
   */
  historyMonths?: number;
  /**
   * Days of service-desk requests up to the moment of seeding for the project with demo logins (jxhy), taken through
   * the real RPCs by its agent, field staff and manager; the last two days' are left open. None by default.
   */
  serviceDays?: number;
}

/** The local dev database (`npm run dev`, `npm run db:reset`): two years of history for the HQ dashboards, six weeks of the service desk. */
export const DEV_DEMO: DemoDataOptions = { historyMonths: 24, serviceDays: 45 };

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
    if (demo.serviceDays) {
      const jxhy = (await db.query<{ id: string }>(`select id from public.projects where code = 'jxhy'`)).rows[0]!.id;
      // Up to now, so the service desk's worklist opens on live work: requests of the last two days still open,
      // some due within minutes, some late.
      const today = chinaToday();
      const service = await writeServiceHistory(db, {
        projectId: jxhy, from: addDays(today, 1 - demo.serviceDays), to: today, until: Date.now() - 10 * 60_000, seed: options.seed,
      });
      log(`${demo.serviceDays} days of service requests written in ${service.seconds.toFixed(1)} s (${service.requests} requests, ${service.rated} callbacks scored)`);
    }
    return true;
  } finally {
    await db.end();
  }
}
