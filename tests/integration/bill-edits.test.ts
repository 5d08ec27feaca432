// The grid's batch save and the review workflow, against the real stack: a batch is one transaction with
// optimistic concurrency (a conflict reports both values and saves nothing), bad values name bill and field,
// reviewed bills get proposed adjustments, every change is audited with the batch's reason, and only the
// workflow's roles move bills between states. Bills of project bjyh in 2035: after every period another file
// bills, so the bills approved here never become those runs' arrears.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';

let hq: SupabaseClient;
let db: pg.Client;
let projectId: string;
let feeItemId: string;
let units: string[];

beforeAll(async () => {
  hq = await signedIn(LOGINS.hq_admin);
  db = await superuser();
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'bjyh'`)).rows[0]!.id;
  feeItemId = (await db.query<{ id: string }>(`select id from fee_items where project_id = $1 and code = 'mgmt'`, [projectId])).rows[0]!.id;
  units = (await db.query<{ id: string }>(`select id from units where project_id = $1 order by room_no limit 40`, [projectId])).rows.map((r) => r.id);
});
afterAll(async () => db.end());

let month = 0;
/** Fresh draft bills for a month of 2035 of its own. */
async function drafts(count: number): Promise<Array<{ id: string; row_version: string }>> {
  month += 1;
  const start = `2035-${String(month).padStart(2, '0')}-01`;
  const { rows } = await db.query<{ id: string; row_version: string }>(
    `insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal, due_date)
     select $1, u, $2, $3::date, ($3::date + interval '1 month - 1 day')::date, 100.00, $3::date + 9
       from unnest($4::uuid[]) as u returning id, row_version::text`, [projectId, feeItemId, start, units.slice(0, count)]);
  return rows;
}

const bill = async (id: string) => (await db.query(`select principal::text, discount::text, due_date::text, status, row_version::text, review_comment from bills where id = $1`, [id])).rows[0];

describe('save_bill_edits', () => {
  test('saves a batch in one go, bumps row versions and audits every field with the reason', async () => {
    const [a, b] = await drafts(2) as [{ id: string; row_version: string }, { id: string; row_version: string }];
    const { data, error } = await hq.rpc('save_bill_edits', {
      p_edits: [
        { id: a.id, row_version: a.row_version, changes: { discount: '10.50', due_date: '2035-01-20' } },
        { id: b.id, row_version: b.row_version, changes: { principal: '88.80' } },
      ],
      p_reason: '业主申请减免 / relief approved by the manager',
    });
    expect(error).toBeNull();
    expect(data).toEqual({ updated: 2, proposed: 0 });
    expect(await bill(a.id)).toMatchObject({ discount: '10.50', due_date: '2035-01-20', row_version: String(Number(a.row_version) + 1) });
    expect(await bill(b.id)).toMatchObject({ principal: '88.80' });
    const audit = await db.query(`select reason, actor is not null as by from audit_log where table_name = 'bills' and row_id = $1 order by id desc limit 1`, [a.id]);
    expect(audit.rows[0]).toEqual({ reason: '业主申请减免 / relief approved by the manager', by: true });
  });

  test('a row changed by someone else is a conflict with both values, and nothing of the batch is saved', async () => {
    const [a, b] = await drafts(2) as [{ id: string; row_version: string }, { id: string; row_version: string }];
    // A colleague saves b first.
    expect((await hq.rpc('save_bill_edits', { p_edits: [{ id: b.id, row_version: b.row_version, changes: { principal: '120.00' } }], p_reason: '同事修改' })).error).toBeNull();
    const { error } = await hq.rpc('save_bill_edits', {
      p_edits: [
        { id: a.id, row_version: a.row_version, changes: { discount: '5.00' } },
        { id: b.id, row_version: b.row_version, changes: { principal: '99.00' } },
      ],
      p_reason: '我的修改',
    });
    expect(error?.code).toBe('PT409');
    expect(error?.message).toMatch(/1 of the edited bills were changed by someone else/);
    expect(JSON.parse(error!.details)).toEqual([{ id: b.id, field: 'principal', yours: '99.00', theirs: '120.00', loadedVersion: Number(b.row_version), currentVersion: Number(b.row_version) + 1 }]);
    expect(await bill(a.id)).toMatchObject({ discount: '0.00', row_version: a.row_version });
    expect(await bill(b.id)).toMatchObject({ principal: '120.00' });
  });

  test('bad values and forged fields name the bill and field and change nothing', async () => {
    const [a] = await drafts(1) as [{ id: string; row_version: string }];
    for (const [changes, pattern] of [
      [{ discount: '12.345' }, /discount cannot be set to 12\.345/],
      [{ principal: '-1' }, /principal cannot be set to -1/],
      [{ due_date: '2035-02-30x' }, /due_date cannot be set/],
      [{ paid: '100.00' }, /paid cannot be set/],
      [{ status: 'approved' }, /status cannot be set/],
      [{ discount: '150.00' }, /the discount would exceed principal \+ surcharge/],
    ] as const) {
      const { error } = await hq.rpc('save_bill_edits', { p_edits: [{ id: a.id, row_version: a.row_version, changes }], p_reason: '测试' });
      expect(error?.message, JSON.stringify(changes)).toMatch(pattern);
      expect(error?.message).toContain(a.id);
    }
    expect((await hq.rpc('save_bill_edits', { p_edits: [{ id: a.id, row_version: a.row_version, changes: { discount: '1.00' } }], p_reason: '  ' })).error?.message).toMatch(/reason is required/);
    expect(await bill(a.id)).toMatchObject({ principal: '100.00', discount: '0.00', row_version: a.row_version });
  });

  test('nobody edits bills directly, and a role outside the project or without billing rights is refused', async () => {
    const [a] = await drafts(1) as [{ id: string; row_version: string }];
    const patched = await hq.from('bills').update({ discount: '1.00' }).eq('id', a.id).select();
    expect(patched.error?.code).toBe('42501');
    const manager = await signedIn(LOGINS.manager); // of jxhy, not bjyh
    const refused = await manager.rpc('save_bill_edits', { p_edits: [{ id: a.id, row_version: a.row_version, changes: { discount: '1.00' } }], p_reason: '越权' });
    expect(refused.error?.message).toMatch(/does not exist or you may not edit it/);
    expect(await bill(a.id)).toMatchObject({ discount: '0.00' });
  });

  test('an approved bill keeps its amounts: the edit becomes a proposed adjustment with the reason', async () => {
    const [a] = await drafts(1) as [{ id: string; row_version: string }];
    await db.query(`update bills set status = 'approved' where id = $1`, [a.id]);
    const version = (await bill(a.id)).row_version;
    const { data, error } = await hq.rpc('save_bill_edits', { p_edits: [{ id: a.id, row_version: version, changes: { discount: '20.00', principal: '100.00' } }], p_reason: '空置减免' });
    expect(error).toBeNull();
    expect(data).toEqual({ updated: 0, proposed: 1 });
    expect(await bill(a.id)).toMatchObject({ discount: '0.00', status: 'approved' });
    const adj = await db.query(`select field, old_value, new_value, reason, status from bill_adjustments where bill_id = $1`, [a.id]);
    expect(adj.rows).toEqual([{ field: 'discount', old_value: '0.00', new_value: '20.00', reason: '空置减免', status: 'proposed' }]);
  });
});

describe('transition_bills', () => {
  test('draft → submitted (manager) → returned with a comment / approved (finance) → issued, all-or-nothing', async () => {
    const rows = await drafts(3);
    const ids = rows.map((r) => r.id);
    // HQ admin holds every role of the workflow in its company's projects.
    expect((await hq.rpc('transition_bills', { p_ids: ids, p_action: 'approve' })).error?.message).toMatch(/is draft: it cannot be approved/);
    expect((await hq.rpc('transition_bills', { p_ids: ids, p_action: 'submit' })).data).toBe(3);
    expect((await hq.rpc('transition_bills', { p_ids: [ids[0]], p_action: 'return' })).error?.message).toMatch(/say why/);
    expect((await hq.rpc('transition_bills', { p_ids: [ids[0]], p_action: 'return', p_comment: '面积有误，请核对' })).data).toBe(1);
    expect(await bill(ids[0]!)).toMatchObject({ status: 'returned', review_comment: '面积有误，请核对' });
    // One returned bill in the selection: approving all of them changes none.
    expect((await hq.rpc('transition_bills', { p_ids: ids, p_action: 'approve' })).error?.message).toMatch(/is returned: it cannot be approved/);
    expect((await bill(ids[1]!)).status).toBe('submitted');
    expect((await hq.rpc('transition_bills', { p_ids: ids.slice(1), p_action: 'approve' })).data).toBe(2);
    expect((await hq.rpc('transition_bills', { p_ids: ids.slice(1), p_action: 'issue' })).data).toBe(2);
    expect((await bill(ids[2]!)).status).toBe('issued');
  });

  test("each step belongs to its roles: a cashier cannot submit, a manager cannot approve", async () => {
    const jxhy = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
    const item = (await db.query<{ id: string }>(`select id from fee_items where project_id = $1 and code = 'mgmt'`, [jxhy])).rows[0]!.id;
    const unit = (await db.query<{ id: string }>(`select id from units where project_id = $1 order by room_no limit 1`, [jxhy])).rows[0]!.id;
    const id = (await db.query<{ id: string }>(`insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal)
      values ($1, $2, $3, '2035-12-01', '2035-12-31', 50.00) returning id`, [jxhy, unit, item])).rows[0]!.id;
    const [cashier, manager, finance] = await Promise.all([signedIn(LOGINS.cashier), signedIn(LOGINS.manager), signedIn(LOGINS.finance)]);
    expect((await cashier.rpc('transition_bills', { p_ids: [id], p_action: 'submit' })).error?.message).toMatch(/your role may not submit it/);
    expect((await manager.rpc('transition_bills', { p_ids: [id], p_action: 'submit' })).data).toBe(1);
    expect((await manager.rpc('transition_bills', { p_ids: [id], p_action: 'approve' })).error?.message).toMatch(/your role may not approve it/);
    expect((await finance.rpc('transition_bills', { p_ids: [id], p_action: 'approve' })).data).toBe(1);
  });
});

describe('decide_adjustments', () => {
  test('finance approves: the bill changes; rejects: it does not; a stale proposal and the wrong role are refused', async () => {
    const [a, b] = await drafts(2) as [{ id: string; row_version: string }, { id: string; row_version: string }];
    await db.query(`update bills set status = 'approved' where id = any($1)`, [[a.id, b.id]]);
    const edits = async (changes: Record<string, string>, id: string) => {
      const version = (await bill(id)).row_version;
      expect((await hq.rpc('save_bill_edits', { p_edits: [{ id, row_version: version, changes }], p_reason: '复核调整' })).error).toBeNull();
      return (await db.query<{ id: string }>(`select id from bill_adjustments where bill_id = $1 and status = 'proposed' order by created_at desc limit 1`, [id])).rows[0]!.id;
    };
    const discountA = await edits({ discount: '15.00' }, a.id);
    const dueB = await edits({ due_date: '2035-06-30' }, b.id);

    const manager = await signedIn(LOGINS.manager); // of jxhy, and not finance
    expect((await manager.rpc('decide_adjustments', { p_ids: [discountA], p_decision: 'approve' })).error?.message).toMatch(/may not decide/);
    expect((await hq.from('bill_adjustments').update({ status: 'approved' }).eq('id', discountA).select()).error?.code).toBe('42501');

    expect((await hq.rpc('decide_adjustments', { p_ids: [discountA], p_decision: 'approve', p_comment: '同意' })).data).toBe(1);
    expect(await bill(a.id)).toMatchObject({ discount: '15.00', status: 'approved' });
    expect((await hq.rpc('decide_adjustments', { p_ids: [dueB], p_decision: 'reject' })).data).toBe(1);
    expect((await bill(b.id)).due_date).not.toBe('2035-06-30');
    const decided = await db.query(`select status, decided_by is not null as by from bill_adjustments where id = any($1) order by status`, [[discountA, dueB]]);
    expect(decided.rows).toEqual([{ status: 'approved', by: true }, { status: 'rejected', by: true }]);

    // Proposed against 15.00, but the bill moved on: refused, nothing applied.
    const stale = await edits({ discount: '20.00' }, a.id);
    const newer = await edits({ discount: '25.00' }, a.id);
    expect((await hq.rpc('decide_adjustments', { p_ids: [newer], p_decision: 'approve' })).data).toBe(1);
    const refused = await hq.rpc('decide_adjustments', { p_ids: [stale], p_decision: 'approve' });
    expect(refused.error?.message).toMatch(/discount is 25.00 now, not 15.00/);
    expect(await bill(a.id)).toMatchObject({ discount: '25.00' });
  });
});
