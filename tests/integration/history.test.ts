// The migrated history (seed/history) on a seeded project of its own: reviewed bills and their payments whose
// paid amounts match their allocations, the same rows again for the same seed, refusal to write over months that
// have bills, and HQ analytics summaries that equal the figures computed from the raw rows.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type pg from 'pg';
import { superuser } from '../support/clients.js';
import { HistoryConflictError, writeHistory } from '../../seed/history/write-history.js';

let db: pg.Client;
let project: string;
const RANGE = { fromMonth: '2030-01-01', toMonth: '2030-06-01', paidThrough: '2030-07-15' };

beforeAll(async () => {
  db = await superuser();
  // a copy of chy's units and owners in a project of this file's own (company huating)
  const company = (await db.query<{ id: string }>(`select id from companies where code = 'huating'`)).rows[0]!.id;
  project = (await db.query<{ id: string }>(`insert into projects (company_id, code, name) values ($1, 'histq', '历史苑') returning id`, [company])).rows[0]!.id;
  await db.query(`insert into buildings (project_id, code, name) values ($1, '1', '1栋')`, [project]);
  await db.query(`insert into fee_items (project_id, code, name_zh, name_en, category, cycle)
                  values ($1, 'mgmt', '物业管理费', 'Management fee', 'management', 'quarter'), ($1, 'parking', '停车费', 'Parking', 'parking', 'month')`, [project]);
  for (let i = 1; i <= 40; i += 1) {
    const unit = (await db.query<{ id: string }>(
      `insert into units (project_id, building_id, room_no, area) select $1, id, $2, $3 from buildings where project_id = $1 returning id`,
      [project, `1-${100 + i}`, `${60 + i}.50`])).rows[0]!.id;
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, $2, '13800138000') returning id`, [project, `业主${i}`])).rows[0]!.id;
    await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2020-01-01')`, [project, unit, owner]);
    if (i % 4 === 0) await db.query(`insert into parking_spaces (project_id, code, unit_id, owner_id) values ($1, $2, $3, $4)`, [project, `P${i}`, unit, owner]);
  }
});

afterAll(async () => db.end());

const fingerprint = async () => (await db.query<{ f: string }>(
  `select md5(string_agg(b.id::text || b.total_due || b.paid || b.due_date, ',' order by b.id)) as f from bills b where b.project_id = $1`, [project])).rows[0]!.f;

describe('writeHistory', () => {
  test('reviewed bills whose paid amounts equal their allocations, and summaries that equal the raw rows', async () => {
    const result = await writeHistory(db, { ...RANGE, projectIds: [project], seed: 7 });
    expect(result.projects).toBe(1);
    expect(result.rows.bills).toBeGreaterThan(40 * 2);
    const { rows: [check] } = await db.query<{ bad: number; unpaid: number; paid: number; statuses: string[] }>(
      `select count(*) filter (where b.paid <> coalesce((select sum(a.amount) from payment_allocations a where a.bill_id = b.id), 0))::int as bad,
              count(*) filter (where b.balance > 0)::int as unpaid, count(*) filter (where b.balance = 0)::int as paid,
              array_agg(distinct b.status::text) as statuses
         from bills b where b.project_id = $1`, [project]);
    expect(check).toMatchObject({ bad: 0, statuses: ['issued'] });
    // most bills are paid, some are not: the aging and debtor lists have something to show
    expect(check!.paid).toBeGreaterThan(check!.unpaid);
    expect(check!.unpaid).toBeGreaterThan(0);
    const late = await db.query(`select 1 from payments p where p.project_id = $1 and (p.paid_at at time zone 'Asia/Shanghai')::date > $2`, [project, RANGE.paidThrough]);
    expect(late.rowCount).toBe(0);

    const [rates] = (await db.query<{ receivable: string; collected: string }>(
      `select receivable, collected from collection_rates('project', 'quarter', '2030-01-01', '2030-06-30', $1)`, [project])).rows;
    const raw = (await db.query<{ receivable: string; collected: string }>(
      `select sum(b.total_due)::numeric(16,2)::text as receivable,
              (select coalesce(sum(a.amount), 0) from payment_allocations a join bills x on x.id = a.bill_id join payments p on p.id = a.payment_id
                where x.project_id = $1 and x.period_start between '2030-01-01' and '2030-03-31'
                  and (p.paid_at at time zone 'Asia/Shanghai') < '2030-07-01')::numeric(16,2)::text as collected
         from bills b where b.project_id = $1 and b.period_start between '2030-01-01' and '2030-03-31'`, [project])).rows[0]!;
    expect(rates).toEqual(raw);
  }, 120_000);

  test('refuses months that have bills, and changes nothing', async () => {
    const before = await fingerprint();
    await expect(writeHistory(db, { ...RANGE, projectIds: [project], seed: 7 })).rejects.toBeInstanceOf(HistoryConflictError);
    expect(await fingerprint()).toBe(before);
  });

  test('the same seed writes the same history', async () => {
    const before = await fingerprint();
    await db.query(`set session_replication_role = replica`);
    try {
      await db.query(`delete from payment_allocations where project_id = $1`, [project]);
      await db.query(`delete from payments where project_id = $1`, [project]);
      await db.query(`delete from bills where project_id = $1`, [project]);
    } finally {
      await db.query(`set session_replication_role = origin`);
    }
    await writeHistory(db, { ...RANGE, projectIds: [project], seed: 7 });
    expect(await fingerprint()).toBe(before);
  }, 120_000);
});
