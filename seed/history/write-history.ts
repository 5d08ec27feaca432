// Gives seeded projects months of reviewed bills and their payments, as if migrated from the office's previous
// system: set-based SQL (seed/history/sql.ts), a few statements per project, then the HQ analytics summaries
// rebuilt from them — all in one transaction, so a failed load leaves nothing behind.
//
// Why session_replication_role = replica is safe here (as in write/write-seed.ts): it skips the triggers — the
// analytics summaries (rebuilt at the end instead, which is what makes millions of rows take minutes, not
// hours), the audit log, the append-only and bill guards (nothing is updated) and the foreign-key checks. Every
// reference is built from rows read in the same transaction (units, owners, fee items, memberships), and
// CHECK, NOT NULL, UNIQUE and generated columns stay enforced; bills.paid is written once as the sum of the
// bill's allocations. Receipts are not written: a migrated payment's receipt was given by the old system, and
// the receipt counter starts with the office's first payment here. Local and demo databases only (superuser).
import type pg from 'pg';
import { DEFAULT_SEED_OPTIONS } from '../generate/index.js';
import { toDay } from '../generate/calendar.js';
import { monthsOf, type HistoryRange } from './range.js';
import { HASH_FUNCTIONS, INSERT_ALLOCATIONS, INSERT_BILLS, INSERT_PAYMENTS, PLAN_BILLS, PLAN_PAYMENTS } from './sql.js';

export interface HistoryOptions extends HistoryRange {
  /** Default: every project in the database. */
  projectIds?: readonly string[];
  /** The last day a payment may carry (the data's "today"); later payments stay unpaid. Default: the seed's asOf. */
  paidThrough?: string;
  /** Same seed → same bills, payments and ids. Default: the seed's. */
  seed?: number;
  onProgress?: (line: string) => void;
}

export interface HistoryResult {
  projects: number;
  rows: { bills: number; payments: number; payment_allocations: number };
  /** Bills, payments and allocations written; the analytics summaries rebuilt; statistics refreshed. */
  seconds: { load: number; analytics: number; analyze: number; total: number };
}

/** Some of the projects have bills in the range already: a history is for projects without a past. */
export class HistoryConflictError extends Error {
  constructor(readonly projects: readonly string[]) {
    super(`These projects have bills in the history's months already: ${projects.join(', ')}. A history is written only into months without bills.`);
    this.name = 'HistoryConflictError';
  }
}

const seconds = (since: number): number => Number(((performance.now() - since) / 1000).toFixed(2));

export async function writeHistory(client: pg.ClientBase, options: HistoryOptions): Promise<HistoryResult> {
  const started = performance.now();
  const log = options.onProgress ?? (() => undefined);
  const months = monthsOf(options);
  const paidThrough = options.paidThrough ?? DEFAULT_SEED_OPTIONS.asOf;
  toDay(paidThrough);
  const salt = `feegrid-history/${options.seed ?? DEFAULT_SEED_OPTIONS.seed}`;
  const { rows: projects } = await client.query<{ id: string; code: string; name: string }>(
    `select id, code, name from public.projects where $1::uuid[] is null or id = any ($1::uuid[]) order by company_id, code`,
    [options.projectIds ?? null],
  );
  const rows = { bills: 0, payments: 0, payment_allocations: 0 };
  const ids = projects.map((p) => p.id);

  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    // The plans hash and group a project's tens of thousands of rows: in memory, not in temp files.
    await client.query(`set local work_mem = '64MB'`);
    const { rows: clash } = await client.query<{ code: string }>(
      `select p.code from public.projects p
        where p.id = any ($1::uuid[])
          and exists (select 1 from public.bills b where b.project_id = p.id and b.period_start between $2 and ($3::date + interval '1 month - 1 day')::date)
        order by p.code`,
      [ids, options.fromMonth, options.toMonth],
    );
    if (clash.length) throw new HistoryConflictError(clash.map((p) => p.code));
    for (const fn of HASH_FUNCTIONS) await client.query(fn);

    let t = performance.now();
    for (const [i, project] of projects.entries()) {
      const t0 = performance.now();
      const { rows: staff } = await client.query<{ ids: string[] }>(
        `select coalesce(array_agg(distinct m.user_id order by m.user_id), '{}') as ids
           from public.memberships m join public.projects p on p.company_id = m.company_id
          where p.id = $1 and m.role = 'cashier' and (m.project_id is null or m.project_id = p.id)`,
        [project.id],
      );
      await client.query('drop table if exists pg_temp.history_bills, pg_temp.history_parts');
      await client.query(PLAN_BILLS, [project.id, options.fromMonth, options.toMonth, salt]);
      await client.query(PLAN_PAYMENTS, [project.id, salt, paidThrough]);
      const bills = (await client.query(INSERT_BILLS, [project.id])).rowCount ?? 0;
      const payments = (await client.query(INSERT_PAYMENTS, [project.id, staff[0]?.ids ?? []])).rowCount ?? 0;
      const allocations = (await client.query(INSERT_ALLOCATIONS, [project.id, salt])).rowCount ?? 0;
      rows.bills += bills;
      rows.payments += payments;
      rows.payment_allocations += allocations;
      log(`[${i + 1}/${projects.length}] ${project.code} ${project.name}: ${bills} bills, ${payments} payments, ${allocations} allocations (${seconds(t0)} s)`);
    }
    await client.query('drop table if exists pg_temp.history_bills, pg_temp.history_parts');
    const load = seconds(t);

    // The rebuild reads what was just written: plan it with statistics that know about it.
    t = performance.now();
    await client.query('analyze public.bills, public.payments, public.payment_allocations');
    for (const [i, project] of projects.entries()) {
      await client.query('select private.rebuild_analytics($1)', [project.id]);
      if ((i + 1) % 20 === 0 || i + 1 === projects.length) log(`analytics rebuilt for ${i + 1}/${projects.length} projects (${seconds(t)} s)`);
    }
    const analytics = seconds(t);
    await client.query('commit');

    t = performance.now();
    await client.query(`analyze public.receivable_cells, public.collection_cells, public.collector_cells, public.household_cells,
                                 public.unit_period_status, public.debtor_balances`);
    const analyze = seconds(t);
    log(`history of ${months.length} months for ${projects.length} projects: ${rows.bills} bills, ${rows.payments} payments, ` +
      `${rows.payment_allocations} allocations; load ${load} s, analytics ${analytics} s, analyze ${analyze} s`);
    return { projects: projects.length, rows, seconds: { load, analytics, analyze, total: seconds(started) } };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}
