// A parking attendant's daily handover against the real stack: each line (space, amount) is posted as a
// receipted payment to the open parking bills of the space's holder; a line the bills cannot take refuses the
// whole handover naming it; cash handed over against the lines needs a reason when it differs; a day is handed
// over once; and the payments are the attendant's, so their daily close expects the cash. Project chy, spaces
// and owners of this file's own, parking bills of 2046, a temporary attendant (cashier role).
import { beforeAll, afterAll, describe, expect, inject, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { signedIn, superuser } from '../support/clients.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const ATTENDANT: DemoUser = { email: 'attendant.parking@chy.test', password: DEMO_PASSWORD, full_name: '冯收费员', phone: '13900002046', role: 'cashier', company: 'jinxiu', project: 'chy' };

let db: pg.Client;
let attendant: SupabaseClient;
let projectId: string;
const bills = new Map<string, string[]>();

beforeAll(async () => {
  db = await superuser();
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'chy'`)).rows[0]!.id;
  const parking = (await db.query<{ id: string }>(`select id from fee_items where project_id = $1 and category = 'parking' limit 1`, [projectId])).rows[0]!.id;
  for (const code of ['PH-1', 'PH-2', 'PH-3']) {
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name) values ($1, $2) returning id`, [projectId, `车位业主${code}`])).rows[0]!.id;
    const unit = (await db.query<{ id: string }>(
      `insert into units (project_id, building_id, room_no, area) select $1, id, $2, 80 from buildings where project_id = $1 order by code limit 1 returning id`,
      [projectId, `${code}-ROOM`])).rows[0]!.id;
    await db.query(`insert into parking_spaces (project_id, code, kind, owner_id) values ($1, $2, 'rented', $3)`, [projectId, code, owner]);
    // PH-3's holder has nothing open: their only bill is still a draft.
    const { rows } = await db.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       select $1, $2, $3, $4, m, (m + interval '1 month - 1 day')::date, 300, m + 9, $5
         from (values (date '2046-01-01'), (date '2046-02-01')) as months(m) returning id`,
      [projectId, unit, owner, parking, code === 'PH-3' ? 'draft' : 'approved']);
    bills.set(code, rows.map((r) => r.id));
  }
  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [ATTENDANT]);
  attendant = await signedIn(ATTENDANT.email);
});
afterAll(async () => db.end());

const paid = async (code: string) =>
  (await db.query<{ paid: string }>(`select paid::text from bills where id = any($1) order by period_start`, [bills.get(code)])).rows.map((r) => r.paid);
const today = async () => (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Shanghai')::date::text as d`)).rows[0]!.d;
const handOver = async (lines: unknown, cash: string, reason?: string) =>
  attendant.rpc('submit_parking_handover', { p_project_id: projectId, p_day: await today(), p_lines: lines, p_cash_handed: cash, ...(reason ? { p_variance_reason: reason } : {}) });

describe('parking handover', () => {
  test('a line the bills cannot take refuses the whole handover, naming it; nothing is posted', async () => {
    const noBill = await handOver([{ spaceCode: 'PH-1', amount: '300.00' }, { spaceCode: 'PH-3', amount: '300.00' }], '600.00');
    expect(noBill.error?.message).toBe('line 2 (space PH-3): no open parking bill to take this money for');
    const tooMuch = await handOver([{ spaceCode: 'PH-2', amount: '900.00' }], '900.00');
    expect(tooMuch.error?.message).toBe('line 1 (space PH-2): 900.00 is more than the 600.00 its parking bills owe');
    const unknown = await handOver([{ spaceCode: 'NOPE', amount: '1' }], '1');
    expect(unknown.error?.message).toBe('line 1 : there is no parking space NOPE');
    expect([...(await paid('PH-1')), ...(await paid('PH-2'))]).toEqual(['0.00', '0.00', '0.00', '0.00']);
  });

  test('lines are posted with receipts, oldest bill first; a shortfall needs a reason; the day is handed over once', async () => {
    const lines = [{ spaceCode: 'PH-1', amount: '300.00' }, { spaceCode: 'PH-2', amount: '450.00' }];
    expect((await handOver(lines, '740.00')).error?.message).toMatch(/differs from what the lines add up to \(750.00\): say why/);
    const done = await handOver(lines, '740.00', '找零短缺 10 元');
    expect(done.error).toBeNull();
    expect(done.data).toMatchObject({ collected: '750.00', variance: '-10.00', lines: [{ line: 1, spaceCode: 'PH-1' }, { line: 2, spaceCode: 'PH-2' }] });
    expect(await paid('PH-1')).toEqual(['300.00', '0.00']);
    expect(await paid('PH-2')).toEqual(['300.00', '150.00']);
    const numbers = done.data.lines.map((l: { receiptNo: number }) => l.receiptNo);
    expect(numbers[1]).toBe(numbers[0] + 1);
    expect((await handOver(lines, '750.00')).error?.message).toMatch(/already submitted/);

    const close = await attendant.rpc('daily_close_preview', { p_project_id: projectId, p_day: await today() });
    expect(close.data.expected).toEqual({ cash: '750.00' });
    const foreign = await signedIn('manager@htya.demo');
    expect((await foreign.from('parking_handovers').select('id').eq('project_id', projectId)).data).toEqual([]);
    expect((await attendant.from('parking_handovers').select('collected').eq('id', done.data.handoverId)).data).toEqual([{ collected: 750 }]);
  });
});
