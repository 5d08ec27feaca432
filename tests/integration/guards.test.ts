// The rules that keep money and history honest, enforced by Postgres whoever asks: published policies are
// immutable, reviewed bills change only through adjustments, posted money is append-only, receipt numbers
// are gapless, every change is audited, and no row can point into another project.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { signedIn, superuser } from '../support/clients.js';
import { arrangeScope, insertRow, type Scope } from './rls/fixtures.js';
import { LOGINS } from './rls/expected.js';

let db: pg.Client;
let manager: SupabaseClient;
let finance: SupabaseClient;
let cashier: SupabaseClient;
let cashierId: string;
let managerId: string;
let own: Scope;
let sibling: Scope;

beforeAll(async () => {
  db = await superuser();
  [manager, finance, cashier] = await Promise.all([signedIn(LOGINS.manager), signedIn(LOGINS.finance), signedIn(LOGINS.cashier)]);
  cashierId = (await cashier.auth.getUser()).data.user!.id;
  managerId = (await manager.auth.getUser()).data.user!.id;
  own = await arrangeScope(db, 'jxhy', cashierId);
  sibling = await arrangeScope(db, 'chy', cashierId);
});

afterAll(async () => {
  await db?.end();
});

describe('policies', () => {
  test('a published version cannot be edited or deleted, only retired', async () => {
    const { data: draft, error } = await manager.from('policies')
      .insert({ company_id: own.companyId, project_id: own.projectId, version: 900, document: { feeItems: [] } })
      .select('id').single();
    expect(error).toBeNull();
    const id = draft!.id as string;
    const published = await manager.from('policies').update({ status: 'published', effective_from: '2027-01-01' }).eq('id', id).select('status');
    expect(published.data).toEqual([{ status: 'published' }]);

    const edit = await manager.from('policies').update({ document: { feeItems: ['changed'] } }).eq('id', id);
    expect(edit.error?.message).toMatch(/cannot be changed/);
    const removal = await manager.from('policies').delete().eq('id', id).select('id');
    expect(removal.data ?? []).toEqual([]);
    const { rows } = await db.query('select document from policies where id = $1', [id]);
    expect(rows[0].document).toEqual({ feeItems: [] });

    const retired = await manager.from('policies').update({ status: 'retired', effective_to: '2027-12-31' }).eq('id', id).select('status');
    expect(retired.data).toEqual([{ status: 'retired' }]);
  });

  test('the creator is recorded from the token, not from the request', async () => {
    const { data } = await manager.from('policies')
      .insert({ company_id: own.companyId, project_id: own.projectId, version: 901, document: {}, created_by: cashierId })
      .select('created_by').single();
    expect(data!.created_by).toBe(managerId);
  });
});

describe('bills', () => {
  test('amounts change freely in draft, and only through an adjustment once approved — for the superuser too', async () => {
    const billId = await insertRow(db, 'bills', {
      project_id: own.projectId, unit_id: own.unitId, fee_item_id: own.feeItemId,
      period_start: '1998-01-01', period_end: '1998-03-31', principal: '300.00',
    });
    const draftEdit = await manager.rpc('save_bill_edits', { p_edits: [{ id: billId, row_version: 1, changes: { discount: '30.00' } }], p_reason: '减免' });
    expect(draftEdit.error).toBeNull();
    expect((await db.query('select total_due::text, row_version from bills where id = $1', [billId])).rows[0]).toEqual({ total_due: '270.00', row_version: '2' });

    expect((await manager.rpc('transition_bills', { p_ids: [billId], p_action: 'submit' })).error).toBeNull();
    expect((await finance.rpc('transition_bills', { p_ids: [billId], p_action: 'approve' })).error).toBeNull();
    await expect(db.query('update bills set principal = 1 where id = $1', [billId])).rejects.toThrow(/only through an adjustment/);
    const { rows } = await db.query('select principal::text from bills where id = $1', [billId]);
    expect(rows[0].principal).toBe('300.00');
  });

  test('a discount larger than the charge is refused, by the batch save and by the table itself', async () => {
    const billId = await insertRow(db, 'bills', {
      project_id: own.projectId, unit_id: own.unitId, fee_item_id: own.feeItemId,
      period_start: '1998-04-01', period_end: '1998-06-30', principal: '100.00',
    });
    const { error } = await manager.rpc('save_bill_edits', { p_edits: [{ id: billId, row_version: 1, changes: { discount: '100.01' } }], p_reason: '超额减免' });
    expect(error?.message).toMatch(/the discount would exceed principal \+ surcharge/);
    await expect(db.query('update bills set discount = 100.01 where id = $1', [billId])).rejects.toThrow(/check constraint/);
  });
});

describe('posted money', () => {
  /** A prepayment (no bills chosen) by the demo cashier: the cashier desk's one way to record money. */
  const prepay = async (amount: string) => {
    const { data, error } = await cashier.rpc('post_payment', {
      p_project_id: own.projectId, p_owner_id: own.ownerId, p_bill_ids: [], p_amount: amount, p_method: 'wechat', p_idempotency_key: `guard-${randomUUID()}`,
    });
    expect(error).toBeNull();
    return data as { paymentId: string; receiptId: string; receiptNo: number };
  };

  test('a payment records the cashier who posted it and can never be changed or deleted — not even by the superuser', async () => {
    const { paymentId } = await prepay('88.00');
    const { rows } = await db.query('select recorded_by, amount::text from payments where id = $1', [paymentId]);
    expect(rows[0]).toEqual({ recorded_by: cashierId, amount: '88.00' });
    expect((await cashier.from('payments').insert({ project_id: own.projectId, amount: '1.00', method: 'cash', idempotency_key: `direct-${randomUUID()}` })).error?.message)
      .toMatch(/permission denied/);
    await expect(db.query('update payments set amount = 1 where id = $1', [paymentId])).rejects.toThrow(/cannot be changed/);
    await expect(db.query('delete from payments where id = $1', [paymentId])).rejects.toThrow(/never deleted/);
  });

  test('the same idempotency key never posts twice, whoever inserts', async () => {
    const row = [own.projectId, `dup-${randomUUID()}`];
    const insert = () => db.query(`insert into payments (project_id, amount, method, idempotency_key) values ($1, 10, 'cash', $2)`, row);
    await insert();
    await expect(insert()).rejects.toThrow(/duplicate key/);
  });

  test('receipt numbers are gapless per project, even when a receipt fails or two are issued at once', async () => {
    const first = await prepay('5.00');
    // A receipt refused by a constraint (null amount) must not consume a number.
    await expect(db.query('insert into receipts (project_id, payment_id) values ($1, $2)', [own.projectId, own.paymentId])).rejects.toThrow(/null value/);
    const batch = await Promise.all(['1.00', '2.00', '3.00', '4.00'].map(prepay));
    const numbers = [first, ...batch].map((r) => r.receiptNo);
    expect(new Set(numbers).size).toBe(5);
    // Other tests issue receipts in this project at the same time, so check the whole project's sequence.
    const { rows } = await db.query(
      'select count(*)::int as n, max(receipt_no) - min(receipt_no) + 1 as span from receipts where project_id = $1', [own.projectId]);
    expect(rows[0].n).toBe(Number(rows[0].span));
  });

  test('a receipt is voided once, with a reason, by finance, and never deleted', async () => {
    const { receiptId } = await prepay('50.00');
    expect((await finance.from('receipts').update({ status: 'void', void_reason: '直接改' }).eq('id', receiptId)).error?.message).toMatch(/permission denied/);
    expect((await finance.rpc('void_receipt', { p_receipt_id: receiptId, p_reason: '' })).error?.message).toMatch(/reason is required/);
    expect((await finance.rpc('void_receipt', { p_receipt_id: receiptId, p_reason: '金额错误' })).error).toBeNull();
    const { rows } = await db.query('select status::text, voided_by from receipts where id = $1', [receiptId]);
    expect(rows[0]).toEqual({ status: 'void', voided_by: (await finance.auth.getUser()).data.user!.id });
    expect((await finance.rpc('void_receipt', { p_receipt_id: receiptId, p_reason: '再作废' })).error?.message).toMatch(/already void/);
    await expect(db.query(`update receipts set status = 'issued' where id = $1`, [receiptId])).rejects.toThrow(/cannot be changed/);
    await expect(db.query('delete from receipts where id = $1', [receiptId])).rejects.toThrow(/never deleted/);
  });
});

describe('tenancy', () => {
  test('a row cannot point into another project, even one the user cannot see', async () => {
    const { error } = await manager.from('units')
      .insert({ project_id: own.projectId, building_id: sibling.buildingId, room_no: `X-${Date.now()}`, area: '90.00' });
    expect(error?.message).toMatch(/foreign key/);
  });

  test('a row cannot be moved into a project the user does not manage', async () => {
    const foreign = (await db.query("select id from projects where code = 'htya'")).rows[0].id as string;
    const { data } = await manager.from('units').update({ project_id: foreign }).eq('id', own.unitId).select('id');
    expect(data ?? []).toEqual([]);
    const { rows } = await db.query('select project_id from units where id = $1', [own.unitId]);
    expect(rows[0].project_id).toBe(own.projectId);
  });
});

describe('audit log', () => {
  test('records who changed which fields, with old and new values', async () => {
    const { data } = await manager.from('units').update({ note: '业主要求更正面积' }).eq('id', own.unitId).select('row_version');
    expect(data).toHaveLength(1);
    const { rows } = await db.query(
      `select actor, actor_role, changed, old_row, new_row from audit_log
       where table_name = 'units' and row_id = $1 and action = 'update' order by id desc limit 1`, [own.unitId]);
    expect(rows[0]).toMatchObject({ actor: managerId, actor_role: 'authenticated', changed: ['note'], new_row: { note: '业主要求更正面积' } });
  });

  test('is append-only for everyone, the superuser included', async () => {
    await expect(db.query('update audit_log set reason = $1 where id = (select max(id) from audit_log)', ['x'])).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_log where id = (select max(id) from audit_log)')).rejects.toThrow(/append-only/);
    await expect(db.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });
});

describe('projects', () => {
  test('HQ admin creates a project and gets it back in the same request', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const { data, error } = await hq.from('projects').insert({ company_id: own.companyId, code: `new-${Date.now()}`, name: '新项目' }).select('name').single();
    expect(error).toBeNull();
    expect(data).toEqual({ name: '新项目' });
  });
});
