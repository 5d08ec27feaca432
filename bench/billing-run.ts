// A billing run of one project with 100,000 units × its fee items, next to what Postgres needs to insert the
// same number of bills with a plain `insert … select`, in the same throw-away database, in one run.
import pg from 'pg';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startThrowawayStack } from '../stack/throwaway.js';
import type { Stack } from '../stack/stack.js';
import { writeSeed } from '../seed/write/write-seed.js';
import { resolveOptions } from '../seed/generate/index.js';
import { standardPolicy } from '../seed/generate/policy.js';
import type { RunRow } from '../supabase/functions/billing-run/execute.js';

export interface BillingBench {
  units: number;
  period: { start: string; end: string };
  billsCreated: number;
  lineErrors: number;
  runSeconds: number;
  rawInsertSeconds: number;
  ratio: number;
  seedSeconds: number;
}

// The seed reads meters on the 25th of Aug, Sep and Oct 2026 (up to its asOf, 2026-11-15): October has a
// reading before it and one in it. The standard policy bills management quarterly; here a version billing it
// monthly is in force from October, so one month bills all four fee items.
const PERIOD = { start: '2026-10-01', end: '2026-10-31' };

/** `after` measures more in the same database, once the run's bills are there. */
export async function benchBillingRun<T>(
  units: number, log: (line: string) => void, after: (stack: Stack, db: pg.Client, projectId: string) => Promise<T>,
): Promise<{ billing: BillingBench; after: T }> {
  const { stack, dispose } = await startThrowawayStack('bench');
  const db = new pg.Client(stack.dbUrl);
  try {
    await db.connect();
    let t = performance.now();
    await writeSeed(db, resolveOptions({ projects: 1, unitsPerProject: units }));
    const seedSeconds = (performance.now() - t) / 1000;
    log(`  seeded ${units.toLocaleString('en')} units in ${seedSeconds.toFixed(1)} s`);
    await db.query('vacuum analyze');
    const project = (await db.query<{ id: string; company_id: string }>('select id, company_id from projects limit 1')).rows[0]!;
    const projectId = project.id;
    const doc = standardPolicy();
    const monthly = { ...doc, feeItems: doc.feeItems.map((i) => (i.code === 'mgmt' ? { ...i, cycle: 'month' as const } : i)) };
    await db.query(`update policies set effective_to = '2026-09-30' where project_id = $1 and status = 'published'`, [projectId]);
    await db.query(`insert into policies (company_id, project_id, version, status, effective_from, document, note)
                    values ($1, $2, 2, 'published', '2026-10-01', $3, 'bench: management billed monthly')`, [project.company_id, projectId, monthly]);
    // Started as start_billing_run would, without a signed-in user (the run itself is what is measured).
    const run = (await db.query<RunRow>(
      `insert into billing_runs (project_id, period_start, period_end, status, started_at, heartbeat_at)
       values ($1, $2, $3, 'running', now(), now())
       returning id, project_id, period_start::text, period_end::text, fee_items, building_ids, status, units_total, units_done, stats, error`, [projectId, PERIOD.start, PERIOD.end])).rows[0]!;
    // The function runs in a process of its own, as Supabase runs edge functions apart from the API.
    const { run: finished, seconds: runSeconds } = await runInChild(stack, run, '2026-10-28');
    if (finished.status !== 'succeeded') throw new Error(`the billing run failed: ${finished.error}`);
    const billsCreated = finished.stats.created as number;

    // The same bills — same columns, same explanations — inserted plainly (same table, indexes and triggers)
    // into another period: what Postgres needs just to store them.
    t = performance.now();
    await db.query(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, billing_run_id, policy_id, policy_version,
                          plugin_versions, principal, discount, surcharge, late_fee, arrears_carried, due_date, explanation)
       select project_id, unit_id, owner_id, fee_item_id, (period_start - interval '100 years')::date, (period_end - interval '100 years')::date,
              billing_run_id, policy_id, policy_version, plugin_versions, principal, discount, surcharge, late_fee, arrears_carried, due_date, explanation
         from bills where billing_run_id = $1`, [run.id]);
    const rawInsertSeconds = (performance.now() - t) / 1000;
    const billing = {
      units, period: PERIOD, billsCreated, lineErrors: finished.stats.errorCount as number,
      runSeconds: round(runSeconds), rawInsertSeconds: round(rawInsertSeconds), ratio: round(runSeconds / rawInsertSeconds), seedSeconds: round(seedSeconds),
    };
    return { billing, after: await after(stack, db, projectId) };
  } finally {
    await db.end().catch(() => undefined);
    await dispose();
  }
}

const round = (x: number): number => Number(x.toFixed(2));

async function runInChild(stack: Stack, run: RunRow, asOf: string): Promise<{ run: RunRow; seconds: number }> {
  const child = spawn(process.execPath, ['--experimental-websocket', '--import', 'tsx', resolve(import.meta.dirname, '../tests/support/billing-child.ts')], {
    env: { ...process.env, FEEGRID_API_URL: stack.apiUrl, FEEGRID_SERVICE_KEY: stack.serviceRoleKey, FEEGRID_RUN: JSON.stringify(run), FEEGRID_AS_OF: asOf },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`the billing run process exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as { run: RunRow; seconds: number };
}
