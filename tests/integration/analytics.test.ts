// HQ analytics against the real stack: every rate on a small hand-made data set with known answers (through
// PostgREST, as the company's HQ analyst, under RLS); summaries kept by triggers equal a rebuild from the raw
// tables and an independent aggregate after real cashier work (payments, a reversal, concurrent desks);
// RLS on the summaries and the RPCs. A company of this file's own (锦析物业, projects anla and anlb), so no other
// test's rows are in its figures.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { anonClient, signedIn, superuser } from '../support/clients.js';
import { DEMO_PASSWORD, type AppRole, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const login = (name: string, role: AppRole, project: string | null, full_name: string): DemoUser =>
  ({ email: `${name}@anl.test`, password: DEMO_PASSWORD, full_name, phone: '13900002077', role, company: 'anlco', project });
const HQ = login('hq', 'hq_analyst', null, '钱分析');
const MANAGER = login('manager', 'manager', 'anla', '孙主管');
const CASHIER = login('cashier', 'cashier', 'anlb', '冯出纳');
const CASHIER_A = login('cashier.a', 'cashier', 'anla', '陈收费');
const FINANCE = login('finance', 'finance', 'anlb', '褚财务');

let db: pg.Client;
let hq: SupabaseClient;
let manager: SupabaseClient;
let cashier: SupabaseClient;
let finance: SupabaseClient;
const ids = new Map<string, string>();
const id = (key: string): string => {
  const value = ids.get(key);
  if (!value) throw new Error(`no ${key}`);
  return value;
};

async function one(sql: string, params: unknown[] = []): Promise<string> {
  return (await db.query<{ id: string }>(sql, params)).rows[0]!.id;
}

/** A unit with a current owner in a building. */
async function unit(project: string, building: string, room: string, owner: string): Promise<void> {
  ids.set(room, await one(`insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 100) returning id`, [id(project), id(building), room]));
  ids.set(`owner ${room}`, await one(`insert into owners (project_id, name, phone) values ($1, $2, '13800138000') returning id`, [id(project), owner]));
  await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [id(project), id(room), id(`owner ${room}`)]);
}

/** A reviewed bill (or one of another status) of a unit; its key is `room fee period`. */
async function bill(project: string, room: string, fee: string, start: string, end: string, amount: string, due: string, status = 'approved'): Promise<void> {
  ids.set(`${room} ${fee} ${start}`, await one(
    `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [id(project), id(room), id(`owner ${room}`), id(`${project} ${fee}`), start, end, amount, due, status]));
}

/** A payment made on a given day (as a migrated or back-dated record: written directly), allocated to one bill. */
async function paid(billKey: string, amount: string, at: string, collector: string | null = null): Promise<string> {
  const payment = await one(
    `insert into payments (project_id, owner_id, unit_id, kind, amount, method, paid_at, recorded_by, idempotency_key, reverses_payment_id)
     select b.project_id, b.owner_id, b.unit_id, case when $2::numeric < 0 then 'reversal' else 'payment' end::payment_kind, $2, 'cash', $3, $4,
            gen_random_uuid()::text, case when $2::numeric < 0 then (select a.payment_id from payment_allocations a where a.bill_id = b.id and a.amount > 0 limit 1) end
       from bills b where b.id = $1 returning id`,
    [id(billKey), amount, `${at} 10:00+08`, collector]);
  await db.query(`insert into payment_allocations (project_id, payment_id, bill_id, amount) select project_id, $2, id, $3 from bills where id = $1`, [id(billKey), payment, amount]);
  await db.query(`update bills set paid = paid + $2 where id = $1`, [id(billKey), amount]);
  return payment;
}

const rpc = async <T>(client: SupabaseClient, name: string, args: Record<string, unknown>): Promise<T[]> => {
  const { data, error } = await client.rpc(name, args);
  if (error) throw new Error(`${name}: ${error.message}`);
  return data as T[];
};

interface Rates {
  group_id: string; group_name: string; receivable: string; collected: string; prior_arrears: string; arrears_collected: string;
  current_rate: string | null; arrears_rate: string | null; overall_rate: string | null;
  households: number | null; households_paid: number | null; household_rate: string | null; target: string;
}
const rates = (client: SupabaseClient, level: string, kind: string, start: string, asOf: string, project?: string, building?: string) =>
  rpc<Rates>(client, 'collection_rates', {
    p_level: level, p_kind: kind, p_start: start, p_as_of: asOf,
    ...(project ? { p_project_id: id(project) } : {}), ...(building ? { p_building_id: id(building) } : {}),
  });
const byName = (rows: Rates[]) => Object.fromEntries(rows.map((r) => [r.group_name, r]));

beforeAll(async () => {
  db = await superuser();
  ids.set('anlco', await one(`insert into companies (code, name) values ('anlco', '锦析物业') returning id`));
  for (const [code, name] of [['anla', '析园'], ['anlb', '析苑']] as const) {
    ids.set(code, await one(`insert into projects (company_id, code, name) values ($1, $2, $3) returning id`, [id('anlco'), code, name]));
    const items = [['mgmt', '物业管理费', 'management', 'quarter', 'main'], ['parking', '停车费', 'parking', 'month', 'main'], ['deposit', '装修押金', 'deposit', 'once', 'deposit']];
    for (const [fee, name, category, cycle, ledger] of items) {
      ids.set(`${code} ${fee}`, await one(
        `insert into fee_items (project_id, code, name_zh, name_en, category, cycle, ledger) values ($1, $2, $3, $2, $4, $5, $6) returning id`,
        [id(code), fee, name, category, cycle, ledger]));
    }
  }
  ids.set('A', await one(`insert into buildings (project_id, code, name) values ($1, 'A', 'A栋') returning id`, [id('anla')]));
  ids.set('B', await one(`insert into buildings (project_id, code, name) values ($1, 'B', 'B栋') returning id`, [id('anla')]));
  ids.set('C', await one(`insert into buildings (project_id, code, name) values ($1, 'C', 'C栋') returning id`, [id('anlb')]));
  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [HQ, MANAGER, CASHIER, CASHIER_A, FINANCE]);
  ids.set('cashier.a', await one(`select id from auth.users where email = $1`, [CASHIER_A.email]));
  [hq, manager, cashier, finance] = await Promise.all([signedIn(HQ.email), signedIn(MANAGER.email), signedIn(CASHIER.email), signedIn(FINANCE.email)]);

  // 析园 (anla): a1 and a2 in A栋, b1 in B栋. Management quarterly, a1 also parks; a2 paid a renovation deposit.
  await unit('anla', 'A', 'a1', '赵一');
  await unit('anla', 'A', 'a2', '钱二');
  await unit('anla', 'B', 'b1', '孙三');
  for (const room of ['a1', 'a2', 'b1']) {
    const amount = room === 'b1' ? '600.00' : '300.00';
    await bill('anla', room, 'mgmt', '2041-10-01', '2041-12-31', amount, '2041-10-10');
    await bill('anla', room, 'mgmt', '2042-01-01', '2042-03-31', amount, '2042-01-10');
  }
  for (const month of ['01', '02', '03']) await bill('anla', 'a1', 'parking', `2042-${month}-01`, `2042-${month}-28`, '200.00', `2042-${month}-10`);
  await bill('anla', 'a2', 'deposit', '2042-01-01', '2042-01-01', '5000.00', '2042-01-10');
  await bill('anla', 'b1', 'mgmt', '2042-04-01', '2042-06-30', '600.00', '2042-04-10', 'draft');

  const desk = id('cashier.a');
  await paid('a1 mgmt 2041-10-01', '300.00', '2041-10-08');
  await paid('a1 mgmt 2042-01-01', '300.00', '2042-01-05', desk);
  await paid('a1 parking 2042-01-01', '200.00', '2042-01-05', desk);
  await paid('a1 parking 2042-02-01', '200.00', '2042-02-09', desk);
  await paid('a1 parking 2042-03-01', '200.00', '2042-04-02', desk);
  await paid('a2 mgmt 2041-10-01', '300.00', '2042-02-20', desk);
  await paid('a2 mgmt 2042-01-01', '100.00', '2042-03-15');
  await paid('a2 deposit 2042-01-01', '5000.00', '2042-01-03');
  await paid('b1 mgmt 2041-10-01', '200.00', '2041-12-01');
  // b1 paid the quarter in February; the payment was reversed in March.
  await paid('b1 mgmt 2042-01-01', '600.00', '2042-02-01');
  await paid('b1 mgmt 2042-01-01', '-600.00', '2042-03-10');

  // 析苑 (anlb): one unit, its quarter paid in full.
  await unit('anlb', 'C', 'c1', '李四');
  await bill('anlb', 'c1', 'mgmt', '2042-01-01', '2042-03-31', '1000.00', '2042-01-10');
  await paid('c1 mgmt 2042-01-01', '1000.00', '2042-01-06');
}, 120_000);

afterAll(async () => db.end());

describe('collection rates on a hand-made data set', () => {
  test('当期收缴率, 清欠率, 综合收缴率 and 户收费率 of each project for 2042 Q1 as of its last day', async () => {
    const rows = byName(await rates(hq, 'project', 'quarter', '2042-01-01', '2042-03-31'));
    expect(Object.keys(rows).sort()).toEqual(['析园', '析苑']);
    // Receivable 1,200 management + 600 parking (deposit and draft left out). Collected toward them by March:
    // a1 300 + 200 + 200 (March parking came in April), a2 100, b1's 600 reversed. Prior arrears at Jan 1:
    // 1,200 of Q4 less a1's 300 and b1's 200; collected from them in Q1: a2's 300. Nobody had paid everything.
    expect(rows['析园']).toEqual({
      group_id: id('anla'), group_name: '析园', project_id: id('anla'),
      receivable: '1800.00', collected: '800.00', prior_arrears: '700.00', arrears_collected: '300.00',
      current_rate: '44.44', arrears_rate: '42.86', overall_rate: '44.00',
      households: 3, households_paid: 0, household_rate: '0.00',
      // weighted by receivable: 1,200 × 95 % and 600 × 100 %
      target: '96.67',
    });
    expect(rows['析苑']).toMatchObject({ receivable: '1000.00', collected: '1000.00', current_rate: '100.00', prior_arrears: '0.00',
      arrears_rate: null, overall_rate: '100.00', households: 1, households_paid: 1, household_rate: '100.00', target: '95.00' });
  });

  test('as of a later month end, collections after the period count toward its bills, not toward 清欠', async () => {
    const [row] = await rates(hq, 'project', 'quarter', '2042-01-01', '2042-04-30', 'anla');
    expect(row).toMatchObject({ collected: '1000.00', current_rate: '55.56', arrears_collected: '300.00', arrears_rate: '42.86',
      households: 3, households_paid: 1, household_rate: '33.33' });
  });

  test('户收费率 as of February counts b1, whose quarter was paid then and reversed in March', async () => {
    const [feb] = await rates(hq, 'project', 'quarter', '2042-01-01', '2042-02-28', 'anla');
    expect(feb).toMatchObject({ collected: '1300.00', households: 3, households_paid: 1 });
    const [jan] = await rates(hq, 'project', 'month', '2042-01-01', '2042-01-31', 'anla');
    // January's bills: the three quarters (management bills belong to their first month) and a1's January parking,
    // both of which a1 paid on January 5.
    expect(jan).toMatchObject({ receivable: '1400.00', collected: '500.00', current_rate: '35.71', households: 3, households_paid: 1 });
  });

  test('by building, by fee item (with its own target) and by fee category across the company', async () => {
    const buildings = byName(await rates(hq, 'building', 'quarter', '2042-01-01', '2042-03-31', 'anla'));
    expect(buildings['A栋']).toMatchObject({ receivable: '1200.00', collected: '800.00', prior_arrears: '300.00', arrears_collected: '300.00', households: 2, households_paid: 0 });
    expect(buildings['B栋']).toMatchObject({ receivable: '600.00', collected: '0.00', prior_arrears: '400.00', arrears_collected: '0.00', current_rate: '0.00', households: 1 });

    await db.query(`update fee_items set collection_target = 98 where id = $1`, [id('anla parking')]);
    try {
      const items = byName(await rates(hq, 'fee_item', 'quarter', '2042-01-01', '2042-03-31', 'anla'));
      expect(items['物业管理费']).toMatchObject({ receivable: '1200.00', collected: '400.00', current_rate: '33.33', target: '95.00', households: null });
      expect(items['停车费']).toMatchObject({ receivable: '600.00', collected: '400.00', current_rate: '66.67', target: '98.00' });
      expect(items['装修押金']).toBeUndefined();
    } finally {
      await db.query(`update fee_items set collection_target = null where id = $1`, [id('anla parking')]);
    }
    const categories = Object.fromEntries((await rates(hq, 'category', 'quarter', '2042-01-01', '2042-03-31')).map((r) => [r.group_id, r]));
    expect(categories.management).toMatchObject({ receivable: '2200.00', collected: '1400.00', current_rate: '63.64' });
    expect(categories.parking).toMatchObject({ receivable: '600.00', current_rate: '66.67', target: '100.00' });
  });

  test('the trend: each month of 2042 Q1 by its end and by now', async () => {
    const trend = await rpc<Record<string, string | null>>(hq, 'collection_trend', { p_kind: 'month', p_from: '2042-01-01', p_to: '2042-04-01', p_project_id: id('anla') });
    expect(trend).toEqual([
      { period_start: '2042-01-01', receivable: '1400.00', collected_by_end: '500.00', collected_now: '600.00', rate_at_end: '35.71', rate_now: '42.86' },
      { period_start: '2042-02-01', receivable: '200.00', collected_by_end: '200.00', collected_now: '200.00', rate_at_end: '100.00', rate_now: '100.00' },
      { period_start: '2042-03-01', receivable: '200.00', collected_by_end: '0.00', collected_now: '200.00', rate_at_end: '0.00', rate_now: '100.00' },
      { period_start: '2042-04-01', receivable: '0.00', collected_by_end: '0.00', collected_now: '0.00', rate_at_end: null, rate_now: null },
    ]);
  });

  test('aging as of 2042-03-31 by days past due, in total and by building', async () => {
    const [total] = await rpc<Record<string, string>>(hq, 'arrears_aging', { p_level: 'total', p_as_of: '2042-03-31', p_project_id: id('anla') });
    // a1's March parking (21 days), a2's and b1's quarter (80 days), b1's Q4 rest (172 days).
    expect(total).toMatchObject({ not_due: '0.00', d0_30: '200.00', d31_90: '800.00', d91_180: '400.00', d181_365: '0.00', over_365: '0.00', overdue: '1400.00' });
    const buildings = Object.fromEntries((await rpc<Record<string, string>>(hq, 'arrears_aging', { p_level: 'building', p_as_of: '2042-03-31', p_project_id: id('anla') }))
      .map((r) => [r.group_name, r.overdue]));
    expect(buildings).toEqual({ 'B栋': '1000.00', 'A栋': '400.00' });
    // At the year's end the same debts have aged (the March parking was paid in April): 355 and 447 days.
    const [later] = await rpc<Record<string, string>>(hq, 'arrears_aging', { p_level: 'total', p_as_of: '2042-12-31', p_project_id: id('anla') });
    expect(later).toMatchObject({ d0_30: '0.00', d31_90: '0.00', d181_365: '800.00', over_365: '400.00', overdue: '1200.00' });
  });

  test('the biggest debtors now, the units of a building, the collectors', async () => {
    const debtors = await rpc<Record<string, unknown>>(hq, 'top_debtors', { p_limit: 5 });
    expect(debtors.map((d) => [d.owner_name, d.rooms, d.open_balance, d.open_bills, d.oldest_due])).toEqual([
      ['孙三', 'b1', '1000.00', 2, '2041-10-10'],
      ['钱二', 'a2', '200.00', 1, '2042-01-10'],
    ]);
    const units = await rpc<Record<string, unknown>>(hq, 'unit_collection', { p_building_id: id('A'), p_kind: 'quarter', p_start: '2042-01-01', p_as_of: '2042-03-31' });
    // Both short by 200 as of March (a1's March parking came in April): by room.
    expect(units.map((u) => [u.room_no, u.owner_name, u.receivable, u.collected, u.balance_now, u.paid_in_full])).toEqual([
      ['a1', '赵一', '900.00', '700.00', '0.00', false],
      ['a2', '钱二', '300.00', '100.00', '200.00', false],
    ]);
    const collectors = await rpc<Record<string, unknown>>(hq, 'collector_totals', { p_project_id: id('anla'), p_kind: 'quarter', p_start: '2042-01-01', p_as_of: '2042-03-31' });
    expect(collectors).toEqual([
      { collector_id: id('cashier.a'), collector_name: '陈收费', current_collected: '700.00', arrears_collected: '300.00', ahead_collected: '0.00', total: '1000.00' },
      { collector_id: null, collector_name: null, current_collected: '100.00', arrears_collected: '0.00', ahead_collected: '0.00', total: '100.00' },
    ]);
  });

  test('a period or as-of date that does not fit is refused, naming it', async () => {
    const call = (args: Record<string, unknown>) => hq.rpc('collection_rates', { p_level: 'project', p_kind: 'quarter', p_start: '2042-01-01', p_as_of: '2042-03-31', ...args });
    // a past day inside a month: its payments are summarised by month, so only the month's end or today answer it
    expect((await call({ p_as_of: '2025-03-15' })).error).toMatchObject({ code: '22023', message: 'an as-of date is a month end or today, not 2025-03-15' });
    expect((await call({ p_start: '2042-02-01' })).error).toMatchObject({ code: '22023', message: 'a quarter starts on its first day: 2042-02-01 is not one' });
    expect((await call({ p_kind: 'week' })).error).toMatchObject({ code: '22023', message: 'period kind must be month, quarter or year, not week' });
    expect((await call({ p_level: 'building' })).error).toMatchObject({ code: '22023', message: 'rates by building need a project' });
  });
});

/** collection_rates of anlb, every level and period kind, as of today. */
async function anlbFigures(asOf: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [kind, start] of [['month', '2042-01-01'], ['quarter', '2042-01-01'], ['year', '2042-01-01'], ['quarter', '2043-01-01'], ['month', asOf.slice(0, 8) + '01']] as const) {
    for (const level of ['project', 'building', 'fee_item']) out.push(await rates(hq, level, kind, start, asOf, 'anlb'));
  }
  for (const level of ['project', 'building', 'fee_item']) out.push(await rpc(hq, 'arrears_aging', { p_level: level, p_as_of: asOf, p_project_id: id('anlb') }));
  out.push(await rpc(hq, 'collection_trend', { p_kind: 'month', p_from: '2042-01-01', p_to: '2043-03-01', p_project_id: id('anlb') }));
  out.push(await rpc(hq, 'top_debtors', { p_limit: 50, p_project_id: id('anlb') }));
  return out;
}

/** Keys where a project-grain table differs from its building-grain table summed up (none, when they agree). */
async function grainDifferences(project: string): Promise<unknown[]> {
  const pairs = [
    ['receivable_cells', 'project_receivable_cells', 'fee_item_id, bill_month, due_date', ['bills', 'receivable']],
    ['collection_cells', 'project_collection_cells', 'fee_item_id, bill_month, due_date, pay_month', ['collected']],
    ['household_cells', 'project_household_cells', 'period_kind, period_start, settled_from, settled_until', ['households', 'settled']],
  ] as const;
  const out: unknown[] = [];
  for (const [building, projectTable, keys, measures] of pairs) {
    // A key whose deltas cancel out is no row at all.
    const sums = `${measures.map((m) => `sum(${m}) as ${m}`).join(', ')} from`;
    const moved = `group by ${keys} having ${measures.map((m) => `sum(${m}) <> 0`).join(' or ')}`;
    const { rows } = await db.query(
      `with b as (select ${keys}, ${sums} ${building} where project_id = $1 ${moved}),
            p as (select ${keys}, ${sums} ${projectTable} where project_id = $1 ${moved})
       (select '${building}' as only_in, * from (select * from b except select * from p) x)
       union all
       (select '${projectTable}', * from (select * from p except select * from b) y)`, [project]);
    out.push(...rows);
  }
  return out;
}

describe('summaries kept by triggers during real cashier work', () => {
  test('payments, a reversal and ten desks at once leave the summaries equal to a rebuild and to the raw bills', async () => {
    const today = (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Shanghai')::date::text as d`)).rows[0]!.d;
    for (let i = 1; i <= 10; i += 1) {
      await unit('anlb', 'C', `c${i + 1}`, `业主${i}`);
      await bill('anlb', `c${i + 1}`, 'mgmt', '2043-01-01', '2043-03-31', `${100 * i}.00`, '2043-01-10');
      await bill('anlb', `c${i + 1}`, 'parking', '2043-02-01', '2043-02-28', '150.00', '2043-02-10');
    }
    const post = (room: string, amount: string) => cashier.rpc('post_payment', {
      p_project_id: id('anlb'), p_amount: amount, p_method: 'cash', p_idempotency_key: randomUUID(), p_owner_id: id(`owner ${room}`),
    });
    // Ten desks post at once into the same building, fee items and months.
    const posted = await Promise.all(Array.from({ length: 10 }, (_, i) => post(`c${i + 2}`, `${60 * (i + 1)}.00`)));
    expect(posted.map((p) => p.error)).toEqual(Array(10).fill(null));
    // One more payment, then finance voids its receipt and reverses it.
    const extra = await post('c11', '250.00');
    expect(extra.error).toBeNull();
    const receipt = await one(`select id from receipts where payment_id = $1`, [extra.data.paymentId]);
    const voided = await finance.rpc('void_receipt', { p_receipt_id: receipt, p_reason: '收错户', p_reverse: true });
    expect(voided.error).toBeNull();

    const live = await anlbFigures(today);
    expect(await grainDifferences(id('anlb'))).toEqual([]);
    // This quarter's receivable and collections as an independent aggregate over the raw tables.
    const raw = (await db.query<{ receivable: string; collected: string }>(
      `select sum(b.total_due)::text as receivable,
              (select sum(a.amount) from payment_allocations a join bills x on x.id = a.bill_id
                where x.project_id = $1 and x.period_start between '2043-01-01' and '2043-03-31')::numeric(16,2)::text as collected
         from bills b where b.project_id = $1 and b.status in ('approved', 'issued') and b.period_start between '2043-01-01' and '2043-03-31'`,
      [id('anlb')])).rows[0]!;
    const [quarter] = await rates(hq, 'project', 'quarter', '2043-01-01', today, 'anlb');
    expect({ receivable: quarter!.receivable, collected: quarter!.collected }).toEqual(raw);
    // 60 + 120 + … + 600 posted; the 250 was reversed.
    expect(raw).toEqual({ receivable: '7000.00', collected: '3300.00' });

    expect((await db.query<{ folded: number }>(`select private.compact_analytics() as folded`)).rows[0]!.folded).toBeGreaterThan(0);
    expect((await db.query(`select 1 from collection_cells where project_id = $1 and fresh`, [id('anlb')])).rowCount).toBe(0);
    expect((await db.query(`select 1 from project_collection_cells where project_id = $1 and fresh`, [id('anlb')])).rowCount).toBe(0);
    expect(await anlbFigures(today)).toEqual(live);
    expect(await grainDifferences(id('anlb'))).toEqual([]);
    await db.query(`select private.rebuild_analytics($1)`, [id('anlb')]);
    expect(await anlbFigures(today)).toEqual(live);
    expect(await grainDifferences(id('anlb'))).toEqual([]);
  }, 120_000);
});

describe('who sees what', () => {
  test('HQ sees every project of its company; a project manager only theirs; another company none', async () => {
    expect((await rates(hq, 'project', 'quarter', '2042-01-01', '2042-03-31')).map((r) => r.group_name).sort()).toEqual(['析园', '析苑']);
    expect((await rates(manager, 'project', 'quarter', '2042-01-01', '2042-03-31')).map((r) => r.group_name)).toEqual(['析园']);
    expect(await rates(manager, 'project', 'quarter', '2042-01-01', '2042-03-31', 'anlb')).toEqual([]);
    expect(await rpc(manager, 'top_debtors', { p_limit: 50, p_project_id: id('anlb') })).toEqual([]);
    const other = await signedIn('hq.analyst@jinxiu.demo');
    expect(await rates(other, 'project', 'quarter', '2042-01-01', '2042-03-31', 'anla')).toEqual([]);
    expect(await rpc(other, 'unit_collection', { p_building_id: id('A'), p_kind: 'quarter', p_start: '2042-01-01', p_as_of: '2042-03-31' })).toEqual([]);
    expect((await anonClient().rpc('collection_rates', { p_level: 'project', p_kind: 'quarter', p_start: '2042-01-01', p_as_of: '2042-03-31' })).error?.code).toBe('42501');
  });

  test('the summary tables are read under RLS and written by nobody through the API', async () => {
    for (const table of ['receivable_cells', 'collection_cells', 'collector_cells', 'household_cells', 'unit_period_status', 'debtor_balances',
      'project_receivable_cells', 'project_collection_cells', 'project_household_cells']) {
      const seen = await manager.from(table).select('project_id');
      expect({ table, projects: [...new Set((seen.data ?? []).map((r) => r.project_id))] }).toEqual({ table, projects: [id('anla')] });
      const write = await hq.from(table).insert({ project_id: id('anla') });
      expect({ table, code: write.error?.code }).toEqual({ table, code: '42501' });
      const change = await hq.from(table).delete().eq('project_id', id('anla')).select('project_id');
      expect({ table, code: change.error?.code }).toEqual({ table, code: '42501' });
    }
    expect((await hq.rpc('compact_analytics')).error?.code).toBe('42501');
  });
});
