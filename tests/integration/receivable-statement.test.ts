// 应收明细表 through the real PostgREST as the office reads it: one row per unit with the exact figures of its
// bills (void bills and the deposit ledger left out), the management fee's rate as its bill's explanation records
// it (the latest period's), the 合计 row, filters, paging — and nothing for another company's manager or anon.
// Bills of project jxhy in 2036, which no other test file bills, inserted by hand and removed afterwards.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { anonClient, signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';
import { compilePolicy } from '../../rules/evaluate/compiled.js';
import { templateId } from '../../rules/explain/template-id.js';
import { dec } from '../../rules/money.js';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { builtInPlugins } from '../../plugins/index.js';
import { mgmt, rule, unit } from '../../plugins/shared/fixtures.js';
import { statementTotals, type StatementRow } from '../../web/src/routes/statement/statement.js';

const Q1 = { start: '2036-01-01', end: '2036-03-31' };
const Q2 = { start: '2036-04-01', end: '2036-06-30' };
const YEAR = { start: '2036-01-01', end: '2036-12-31' };

interface Unit { id: string; room_no: string; area: string; building_id: string; building_code: string }

let db: pg.Client;
let manager: SupabaseClient;
let projectId: string;
let fee: Record<'mgmt' | 'parking' | 'reno_deposit', string>;
let a: Unit; // building 1: management fee twice (two rates, two owners), parking, a deposit
let b: Unit; // building 1: a management fee entered by hand, no owner
let c: Unit; // another building
let d: Unit; // only a void bill
let owners: Array<{ id: string; name: string }>;
const inserted: string[] = [];

/** The explanation the engine writes for a management fee of `area` m² at `rate` a month, stored by template id. */
function mgmtExplanation(area: string, rate: string, period: { start: string; end: string }) {
  const policy = compilePolicy({ feeItems: [{ ...mgmt(), rules: [rule('base', 100, 'core.charge.areaRate', { ratePerM2Month: rate })] }] }, new PluginRegistry(builtInPlugins));
  const line = policy.evaluate('mgmt', { unit: unit({ area }) }, { period, asOf: '2035-12-25' });
  if (!line.ok) throw new Error(line.error.message);
  return line.explanation.map((l) => ({ ...l, t: templateId(l.t) }));
}

async function bill(u: Unit, item: keyof typeof fee, period: { start: string; end: string }, amounts: Record<string, string>, extra: { owner?: string; status?: string; explanation?: unknown[] } = {}) {
  const { rows } = await db.query<{ id: string }>(
    `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, discount, surcharge, late_fee, arrears_carried, status, explanation)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [projectId, u.id, extra.owner ?? null, fee[item], period.start, period.end, amounts.principal ?? '0', amounts.discount ?? '0', amounts.surcharge ?? '0',
      amounts.late_fee ?? '0', amounts.arrears_carried ?? '0', extra.status ?? 'draft', JSON.stringify(extra.explanation ?? [])]);
  inserted.push(rows[0]!.id);
}

beforeAll(async () => {
  db = await superuser();
  manager = await signedIn(LOGINS.manager);
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
  fee = Object.fromEntries((await db.query<{ code: string; id: string }>(
    `select code, id from fee_items where project_id = $1 and code in ('mgmt', 'parking', 'reno_deposit')`, [projectId])).rows.map((r) => [r.code, r.id])) as typeof fee;
  const units = (await db.query<Unit>(
    `select u.id, u.room_no, u.area::text, u.building_id, bl.code as building_code
       from units u join buildings bl on bl.id = u.building_id
      where u.project_id = $1 and bl.code in ('1', '2') order by bl.code, u.room_no`, [projectId])).rows;
  [a, b, d] = units.filter((u) => u.building_code === '1') as [Unit, Unit, Unit];
  c = units.find((u) => u.building_code === '2')!;
  owners = (await db.query<{ id: string; name: string }>(`select id, name from owners where project_id = $1 order by id limit 2`, [projectId])).rows;
  const [first, second] = [owners[0]!, owners[1]!];

  await bill(a, 'mgmt', Q1, { principal: '743.40', discount: '74.34', arrears_carried: '500.00', late_fee: '12.35' },
    { owner: first.id, status: 'approved', explanation: mgmtExplanation(a.area, '2.80', Q1) });
  await bill(a, 'parking', { start: '2036-01-01', end: '2036-01-31' }, { principal: '150.00', surcharge: '20.00' }, { owner: first.id });
  await bill(a, 'reno_deposit', { start: '2036-02-01', end: '2036-02-29' }, { principal: '3000.00' }, { owner: first.id });
  await bill(a, 'mgmt', Q2, { principal: '805.35' }, { owner: second.id, explanation: mgmtExplanation(a.area, '3.05', Q2) });
  await bill(b, 'mgmt', Q1, { principal: '500.00' });
  await bill(c, 'mgmt', Q1, { principal: '420.00', discount: '10.00', surcharge: '5.50', arrears_carried: '88.88', late_fee: '1.11' },
    { owner: first.id, explanation: mgmtExplanation(c.area, '2.80', Q1) });
  await bill(d, 'mgmt', Q1, { principal: '600.00' }, { owner: first.id, status: 'void' });
});

afterAll(async () => {
  await db.query(`delete from bills where id = any ($1)`, [inserted]);
  await db.end();
});

async function statement(client: SupabaseClient, period: { start: string; end: string }, more: Record<string, unknown> = {}): Promise<StatementRow[]> {
  const { data, error } = await client.rpc('receivable_statement', { p_project_id: projectId, p_from: period.start, p_to: period.end, ...more });
  if (error) throw new Error(error.message);
  return data as StatementRow[];
}

const row = (u: Unit, owner: string | null, figures: Pick<StatementRow, 'mgmt_rate' | 'receivable' | 'arrears_carried' | 'late_fee' | 'total_due'>): StatementRow =>
  ({ unit_id: u.id, building_code: u.building_code, room_no: u.room_no, owner_name: owner, area: u.area, ...figures });

describe('receivable_statement', () => {
  test('a quarter: one row per unit with its bills summed exactly, the rate its management bill was charged at', async () => {
    const rows = await statement(manager, Q1);
    expect(rows).toEqual([
      // (743.40 − 74.34) + (150.00 + 20.00) = 839.06; + 500.00 arrears + 12.35 late fee = 1351.41. The deposit is not receivable.
      row(a, owners[0]!.name, { mgmt_rate: '2.80', receivable: '839.06', arrears_carried: '500.00', late_fee: '12.35', total_due: '1351.41' }),
      // Entered by hand: no explanation, so no rate rather than a guessed one.
      row(b, null, { mgmt_rate: null, receivable: '500.00', arrears_carried: '0.00', late_fee: '0.00', total_due: '500.00' }),
      // 420.00 − 10.00 + 5.50 = 415.50; + 88.88 + 1.11 = 505.49.
      row(c, owners[0]!.name, { mgmt_rate: '2.80', receivable: '415.50', arrears_carried: '88.88', late_fee: '1.11', total_due: '505.49' }),
    ]);
    // The unit with only a void bill has no row.
    expect(rows.map((r) => r.unit_id)).not.toContain(d.id);
    expect(statementTotals(rows)).toEqual({
      area: dec(a.area).plus(b.area).plus(c.area).toFixed(2),
      receivable: '1754.56', arrears_carried: '588.88', late_fee: '13.46', total_due: '2356.90',
    });
  });

  test('a year: the latest period decides rate and owner, amounts add up over the periods', async () => {
    const [first] = await statement(manager, YEAR);
    expect(first).toEqual(row(a, owners[1]!.name, { mgmt_rate: '3.05', receivable: '1644.41', arrears_carried: '500.00', late_fee: '12.35', total_due: '2156.76' }));
  });

  test('a building, some fee items, and pages of units in room order', async () => {
    expect((await statement(manager, Q1, { p_building_id: a.building_id })).map((r) => r.room_no)).toEqual([a.room_no, b.room_no]);
    const [onlyMgmt] = await statement(manager, Q1, { p_fee_items: ['mgmt'] });
    expect(onlyMgmt).toMatchObject({ unit_id: a.id, receivable: '669.06', total_due: '1181.41' });
    const page1 = await statement(manager, Q1, { p_limit: 2 });
    const page2 = await statement(manager, Q1, { p_limit: 2, p_after_room_no: page1[1]!.room_no });
    expect([...page1, ...page2].map((r) => r.unit_id)).toEqual([a.id, b.id, c.id]);
  });

  test("RLS decides: another company's manager sees none of it, anon may not call it", async () => {
    expect(await statement(await signedIn('manager@htya.demo'), YEAR)).toEqual([]);
    const { error } = await anonClient().rpc('receivable_statement', { p_project_id: projectId, p_from: YEAR.start, p_to: YEAR.end });
    expect(error?.code).toBe('42501');
  });
});
