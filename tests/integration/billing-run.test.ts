// Billing runs through the real function (/functions/v1/billing-run) against the real stack: bills for every
// unit × fee item × period, idempotent re-runs, reviewed bills kept with proposed adjustments, one active run
// per project, a run killed halfway that leaves whole chunks and is completed by the next, and refusals.
// Project bjyh (no office logins; HQ admin runs it) and periods of 2029, which no other test file bills.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';
import { compilePolicy } from '../../rules/evaluate/compiled.js';
import { dec } from '../../rules/money.js';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { builtInPlugins } from '../../plugins/index.js';
import { factsFromRow, type UnitFactsRow } from '../../plugins/core-facts/from-row.js';
import { UNIT_FACTS_COLUMNS } from '../../supabase/functions/_shared/engine-data.js';

const Q1 = { start: '2029-01-01', end: '2029-03-31' };
const Q2 = { start: '2029-04-01', end: '2029-06-30' };
const AS_OF = '2029-01-05';

let hq: SupabaseClient;
let db: pg.Client;
let projectId: string;

beforeAll(async () => {
  hq = await signedIn(LOGINS.hq_admin);
  db = await superuser();
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'bjyh'`)).rows[0]!.id;
});
afterAll(async () => db.end());

interface RunBody { id: string; status: string; units_total: number; units_done: number; stats: Record<string, unknown>; error: string | null }

async function requestRun(client: SupabaseClient, body: Record<string, unknown>): Promise<{ status: number; body: RunBody & { code?: string; message?: string } }> {
  const { apiUrl, anonKey } = inject('stack');
  const token = (await client.auth.getSession()).data.session!.access_token;
  const response = await fetch(`${apiUrl}/functions/v1/billing-run`, {
    method: 'POST', headers: { apikey: anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() as RunBody };
}

const runPeriod = (period: { start: string; end: string }, extra: Record<string, unknown> = {}) =>
  requestRun(hq, { projectId, periodStart: period.start, periodEnd: period.end, asOf: AS_OF, wait: true, ...extra });

async function billsOf(period: { start: string; end: string }) {
  const { rows } = await db.query<{ id: string; unit_id: string; code: string; period_start: string; principal: string; total_due: string; status: string; policy_version: number; plugin_versions: Record<string, string>; explanation: Array<{ t: string }> }>(
    `select b.id, b.unit_id, f.code, b.period_start::text, b.principal::text, b.total_due::text, b.status, b.policy_version, b.plugin_versions, b.explanation
       from bills b join fee_items f on f.id = b.fee_item_id
      where b.project_id = $1 and b.period_start between $2 and $3 order by b.unit_id, f.code, b.period_start`, [projectId, period.start, period.end]);
  return rows;
}

describe('a billing run', () => {
  test('bills every unit × fee item × period with the policy in force, exactly as the engine computes', { timeout: 120_000 }, async () => {
    // One occupied unit's water meter is read monthly in the quarter; no other meter has readings in 2029.
    const meter = (await db.query<{ id: string; unit_id: string; last: string }>(
      `select m.id, m.unit_id, (select r.reading::text from meter_readings r where r.meter_id = m.id order by r.read_on desc limit 1) as last
         from meters m join units u on u.id = m.unit_id
        where m.project_id = $1 and m.kind = 'water' and u.occupancy = 'occupied' and u.occupancy_date < '2028-01-01' and m.multiplier = 1
        order by u.room_no limit 1`, [projectId])).rows[0]!;
    for (const [day, delta] of [['2029-01-31', '10'], ['2029-02-28', '22'], ['2029-03-31', '30.5']] as const) {
      await db.query(`insert into meter_readings (project_id, meter_id, read_on, reading) values ($1, $2, $3, $4)`, [projectId, meter.id, day, dec(meter.last).plus(delta).toString()]);
    }

    const { status, body: run } = await runPeriod(Q1);
    expect(status, JSON.stringify(run)).toBe(200);
    expect(run.status).toBe('succeeded');
    const units = Number((await db.query(`select count(*) from units where project_id = $1`, [projectId])).rows[0].count);
    expect(run.units_total).toBe(units);
    expect(run.units_done).toBe(units);

    const bills = await billsOf(Q1);
    expect(bills.length).toBe(run.stats.created);
    // Metered units without readings are errors with their reasons, not ¥0 bills.
    const errors = run.stats.errors as Array<{ feeItem: string; roomNo: string; message: string }>;
    // The run keeps the first 500 with their reasons and counts them all.
    expect(errors.length).toBe(Math.min(500, run.stats.errorCount as number));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(['water', 'electricity']).toContain(e.feeItem);
      expect(e.message).toMatch(new RegExp(`unit ${e.roomNo} .*no readings for this period`));
    }
    // The unit read monthly: three water bills, each priced on its own month's usage (10, 12, 8.5 t × ¥3.50).
    expect(bills.filter((b) => b.unit_id === meter.unit_id && b.code === 'water').map((b) => b.principal)).toEqual(['35.00', '42.00', '29.75']);
    // Parking is monthly: a quarter bills it once per month; management is quarterly: once.
    const periodsOf = (code: string) => new Set(bills.filter((b) => b.code === code).map((b) => b.period_start));
    expect([...periodsOf('parking')].sort()).toEqual(['2029-01-01', '2029-02-01', '2029-03-01']);
    expect([...periodsOf('mgmt')]).toEqual(['2029-01-01']);
    expect(bills.every((b) => b.status === 'draft' && b.policy_version === 1 && b.plugin_versions['core.charge'] === '1.0.0')).toBe(true);
    // The run's receivable is the sum of its bills.
    expect(run.stats.receivable).toBe(bills.reduce((acc, b) => acc.plus(b.total_due), dec('0')).toFixed(2));

    // Every management bill equals an independent evaluation of the same unit with the same engine.
    const policy = (await db.query(`select document from policies where project_id = $1 and status = 'published' and effective_from <= $2 order by effective_from desc limit 1`, [projectId, Q1.start])).rows[0].document;
    const compiled = compilePolicy(policy, new PluginRegistry(builtInPlugins));
    const { data: rows } = await hq.from('unit_facts').select(UNIT_FACTS_COLUMNS).eq('project_id', projectId).range(0, 999);
    const mgmt = new Map(bills.filter((b) => b.code === 'mgmt').map((b) => [b.unit_id, b.principal]));
    let compared = 0;
    for (const row of rows as unknown as UnitFactsRow[]) {
      const line = compiled.evaluate('mgmt', factsFromRow(row), { period: Q1, asOf: AS_OF });
      expect(line.ok).toBe(true);
      if (line.ok && line.principal !== '0.00') {
        expect(mgmt.get(row.unit_id), row.room_no).toBe(line.principal);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);

    // Explanations name templates the project keeps once.
    const ids = new Set(bills.flatMap((b) => b.explanation.map((l) => l.t)));
    const stored = await db.query(`select id from explanation_templates where project_id = $1 and id = any($2)`, [projectId, [...ids]]);
    expect(stored.rowCount).toBe(ids.size);
  });

  test('running the same period again changes nothing and duplicates nothing', { timeout: 120_000 }, async () => {
    const before = await billsOf(Q1);
    const { body: run } = await runPeriod(Q1);
    expect(run.status).toBe('succeeded');
    expect(run.stats).toMatchObject({ created: 0, updated: 0, unchanged: before.length, proposed: 0 });
    expect(await billsOf(Q1)).toEqual(before);
  });

  test('a draft that differs is updated; an approved bill keeps its amounts and gets one proposed adjustment', { timeout: 120_000 }, async () => {
    const bills = (await billsOf(Q1)).filter((b) => b.code === 'mgmt');
    const [draft, approved] = [bills[0]!, bills[1]!];
    await db.query(`update bills set principal = principal + 1 where id = $1`, [draft.id]);
    await db.query('begin');
    await db.query(`set local feegrid.adjusting = 'on'`);
    await db.query(`update bills set principal = principal + 5, status = 'approved' where id = $1`, [approved.id]);
    await db.query('commit');

    const { body: run } = await runPeriod(Q1);
    expect(run.stats).toMatchObject({ created: 0, updated: 1, proposed: 1 });
    const after = new Map((await billsOf(Q1)).map((b) => [b.id, b]));
    expect(after.get(draft.id)!.principal).toBe(draft.principal);
    expect(after.get(approved.id)!.principal).toBe(dec(approved.principal).plus(5).toFixed(2));
    const proposals = await db.query(`select field, old_value, new_value, status, reason from bill_adjustments where bill_id = $1`, [approved.id]);
    expect(proposals.rows).toEqual([expect.objectContaining({ field: 'principal', new_value: approved.principal, status: 'proposed' })]);
    expect(proposals.rows[0].reason).toContain('计费重算');

    // Once proposed is enough.
    const { body: again } = await runPeriod(Q1);
    expect(again.stats).toMatchObject({ updated: 0, proposed: 0 });
    expect((await db.query(`select count(*) from bill_adjustments where bill_id = $1`, [approved.id])).rows[0].count).toBe('1');
  });
});

describe('one run at a time', () => {
  test('a second run of the project is refused while one runs; a run whose lease ran out is taken over', { timeout: 60_000 }, async () => {
    const first = await hq.rpc('start_billing_run', { p_project_id: projectId, p_period_start: Q2.start, p_period_end: Q2.end });
    expect(first.error).toBeNull();
    const second = await runPeriod(Q2);
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/already running/);

    // The first one "dies": no heartbeat for longer than its lease.
    await db.query(`update billing_runs set heartbeat_at = now() - interval '10 minutes' where id = $1`, [first.data.id]);
    const third = await runPeriod(Q2, { feeItems: ['parking'] });
    expect(third.status).toBe(200);
    expect(third.body.status).toBe('succeeded');
    const dead = (await db.query(`select status, error from billing_runs where id = $1`, [first.data.id])).rows[0];
    expect(dead.status).toBe('failed');
    expect(dead.error).toMatch(/^abandoned/);
  });
});

describe('a run killed halfway', () => {
  test('leaves whole chunks; the next run completes them without duplicates', { timeout: 180_000 }, async () => {
    const Q3 = { start: '2029-07-01', end: '2029-09-30' };
    const started = await hq.rpc('start_billing_run', { p_project_id: projectId, p_period_start: Q3.start, p_period_end: Q3.end });
    expect(started.error).toBeNull();
    const { apiUrl, serviceRoleKey } = inject('stack');
    const child = spawn(process.execPath, ['--experimental-websocket', '--import', 'tsx', resolve(import.meta.dirname, '../support/billing-child.ts')], {
      env: { ...process.env, FEEGRID_API_URL: apiUrl, FEEGRID_SERVICE_KEY: serviceRoleKey, FEEGRID_RUN: JSON.stringify(started.data), FEEGRID_AS_OF: AS_OF, FEEGRID_CHUNK_UNITS: '25', FEEGRID_WRITE_DELAY_MS: '150' },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => child.on('exit', r));
    let done = 0;
    for (let i = 0; i < 600 && done < 75; i++) {
      await new Promise((r) => setTimeout(r, 50));
      done = (await db.query(`select units_done from billing_runs where id = $1`, [started.data.id])).rows[0].units_done;
    }
    child.kill('SIGKILL');
    await exited;
    // A chunk the process had already sent still commits (or not) in the database: wait until nothing moves.
    for (let last = -1, now = done; now !== last; ) {
      await new Promise((r) => setTimeout(r, 1000));
      last = now;
      now = (await db.query(`select units_done from billing_runs where id = $1`, [started.data.id])).rows[0].units_done;
    }
    const left = (await db.query(`select units_done, units_total, status from billing_runs where id = $1`, [started.data.id])).rows[0];
    expect(left.status).toBe('running');
    expect(left.units_done).toBeGreaterThanOrEqual(75);
    expect(left.units_done).toBeLessThan(left.units_total);
    expect(left.units_done % 25).toBe(0);

    // Whole chunks: exactly the units done have bills, each with its management bill.
    const partial = await billsOf(Q3);
    const unitsBilled = new Set(partial.map((b) => b.unit_id));
    const withMgmt = new Set(partial.filter((b) => b.code === 'mgmt').map((b) => b.unit_id));
    expect(withMgmt.size).toBeLessThanOrEqual(left.units_done);
    expect([...unitsBilled].every((u) => withMgmt.has(u))).toBe(true);

    await db.query(`update billing_runs set heartbeat_at = now() - interval '10 minutes' where id = $1`, [started.data.id]);
    const { body: run } = await runPeriod(Q3);
    expect(run.status).toBe('succeeded');
    expect(run.stats.unchanged).toBe(partial.length);
    const complete = await billsOf(Q3);
    expect(complete.length).toBe(partial.length + (run.stats.created as number));
    expect(new Set(complete.map((b) => `${b.unit_id}|${b.code}|${b.period_start}`)).size).toBe(complete.length);
  });
});

describe('refusals', () => {
  test('a cashier may not bill; a manager may not bill another project; a malformed request names its field', async () => {
    const cashier = await signedIn(LOGINS.cashier);
    const ownProject = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
    const refused = await requestRun(cashier, { projectId: ownProject, periodStart: Q1.start, periodEnd: Q1.end });
    expect(refused.status).toBe(403);
    const manager = await signedIn(LOGINS.manager);
    expect((await requestRun(manager, { projectId, periodStart: Q1.start, periodEnd: Q1.end })).status).toBe(403);
    const bad = await requestRun(hq, { projectId, periodStart: '2029-13-01', periodEnd: Q1.end });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/periodStart/);
    expect((await db.query(`select count(*) from billing_runs where project_id = $1 and status = 'running'`, [projectId])).rows[0].count).toBe('0');
  });
});
