// The cashier desk against the real stack: post_payment allocates oldest-first (or to chosen bills), sends the
// overpayment to the prepaid balance (which bills draw on once they become payable), replays a retried
// idempotency key, and gives gapless receipt numbers even under 20 concurrent posts sent twice each; finance
// voids receipts (reversing the payment restores the bills) and they are reissued; the daily close compares
// expected and counted cash and, once verified, locks the day. Project chy, a unit and owner of this file's own
// (payments are never deleted), temporary cashier and finance users.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { signedIn, superuser } from '../support/clients.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const user = (role: 'cashier' | 'finance', login: string, name: string): DemoUser =>
  ({ email: `${login}@chy.test`, password: DEMO_PASSWORD, full_name: name, phone: '13900002043', role, company: 'jinxiu', project: 'chy' });
const CASHIER = user('cashier', 'cashier.desk', '周出纳');
// The daily close test's cashier takes no other payment today.
const CLOSER = user('cashier', 'cashier.close', '郑出纳');
const FINANCE = user('finance', 'finance.desk', '吴财务');

let db: pg.Client;
let cashier: SupabaseClient;
let closer: SupabaseClient;
let finance: SupabaseClient;
let projectId: string;
let feeItemId: string;
let closerId: string;

/** A unit and owner of their own with approved bills (amounts and due dates given); returns their ids. */
async function payer(tag: string, bills: Array<{ principal: string; due: string; status?: string }>) {
  const building = (await db.query<{ id: string }>(`select id from buildings where project_id = $1 order by code limit 1`, [projectId])).rows[0]!.id;
  const unit = (await db.query<{ id: string }>(
    `insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 90) returning id`, [projectId, building, `CASH-${tag}`])).rows[0]!.id;
  const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name) values ($1, $2) returning id`, [projectId, `收银测试${tag}`])).rows[0]!.id;
  await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [projectId, unit, owner]);
  const ids: string[] = [];
  for (const [i, b] of bills.entries()) {
    const start = `2043-${String(i + 1).padStart(2, '0')}-01`;
    ids.push((await db.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $3, $4, $5::date, ($5::date + interval '1 month - 1 day')::date, $6, $7, $8) returning id`,
      [projectId, unit, owner, feeItemId, start, b.principal, b.due, b.status ?? 'approved'])).rows[0]!.id);
  }
  return { unit, owner, bills: ids };
}

const paidOf = async (ids: string[]) =>
  (await db.query<{ paid: string }>(`select paid::text from bills where id = any($1) order by period_start`, [ids])).rows.map((r) => r.paid);
const prepaidOf = async (owner: string) =>
  (await db.query<{ balance: string }>(`select balance::text from prepaid_balances where owner_id = $1`, [owner])).rows[0]?.balance ?? '0.00';
const post = (client: SupabaseClient, args: Record<string, unknown>) =>
  client.rpc('post_payment', { p_project_id: projectId, p_idempotency_key: randomUUID(), p_method: 'cash', ...args });

beforeAll(async () => {
  db = await superuser();
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'chy'`)).rows[0]!.id;
  feeItemId = (await db.query<{ id: string }>(`select id from fee_items where project_id = $1 and code = 'mgmt'`, [projectId])).rows[0]!.id;
  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [CASHIER, CLOSER, FINANCE]);
  closerId = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [CLOSER.email])).rows[0]!.id;
  [cashier, closer, finance] = await Promise.all([signedIn(CASHIER.email), signedIn(CLOSER.email), signedIn(FINANCE.email)]);
});
afterAll(async () => db.end());

describe('post_payment', () => {
  test('a partial payment goes oldest due date first; a retried key returns the first posting', async () => {
    const p = await payer('a', [{ principal: '200.00', due: '2043-02-10' }, { principal: '100.00', due: '2043-01-10' }, { principal: '50.00', due: '2043-01-05', status: 'draft' }]);
    const key = randomUUID();
    const first = await post(cashier, { p_owner_id: p.owner, p_amount: '150.00', p_idempotency_key: key });
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ amount: '150.00', replayed: false, toPrepaid: '0.00',
      allocations: [{ billId: p.bills[1], amount: '100.00' }, { billId: p.bills[0], amount: '50.00' }] });
    expect(await paidOf(p.bills)).toEqual(['50.00', '100.00', '0.00']);

    const again = await post(cashier, { p_owner_id: p.owner, p_amount: '150.00', p_idempotency_key: key });
    expect(again.data).toMatchObject({ paymentId: first.data.paymentId, receiptNo: first.data.receiptNo, replayed: true });
    expect(await paidOf(p.bills)).toEqual(['50.00', '100.00', '0.00']);
    const misuse = await post(cashier, { p_owner_id: p.owner, p_amount: '15.00', p_idempotency_key: key });
    expect(misuse.error?.message).toMatch(/already used for a different payment/);
  });

  test('chosen bills only; an overpayment becomes prepaid, which a bill draws on once it is approved', async () => {
    const p = await payer('b', [{ principal: '80.00', due: '2043-01-10' }, { principal: '120.00', due: '2043-02-10' }, { principal: '60.00', due: '2043-03-10', status: 'submitted' }]);
    const paid = await post(cashier, { p_owner_id: p.owner, p_bill_ids: [p.bills[1]], p_amount: '150.00', p_method: 'wechat' });
    expect(paid.data).toMatchObject({ allocations: [{ billId: p.bills[1], amount: '120.00' }], toPrepaid: '30.00' });
    expect(await paidOf(p.bills)).toEqual(['0.00', '120.00', '0.00']);
    expect(await prepaidOf(p.owner)).toBe('30.00');

    const notPayable = await post(cashier, { p_owner_id: p.owner, p_bill_ids: [p.bills[2]], p_amount: '10.00' });
    expect(notPayable.error?.message).toMatch(new RegExp(`bill ${p.bills[2]} cannot take this payment`));

    await db.query(`update bills set status = 'approved' where id = $1`, [p.bills[2]]);
    // The oldest open bill (80.00, January) draws the 30.00 first.
    expect(await paidOf(p.bills)).toEqual(['30.00', '120.00', '0.00']);
    expect(await prepaidOf(p.owner)).toBe('0.00');
    const draw = await db.query(`select method::text, amount::text from payments where owner_id = $1 and method = 'prepaid'`, [p.owner]);
    expect(draw.rows).toEqual([{ method: 'prepaid', amount: '30.00' }]);
  });

  test('refusals: another project’s staff, a method the project does not take, fen below a fen', async () => {
    const p = await payer('c', [{ principal: '10.00', due: '2043-01-10' }]);
    const foreign = await signedIn('manager@htya.demo');
    expect((await post(foreign, { p_owner_id: p.owner, p_amount: '1.00' })).error?.code).toBe('42501');
    // HQ admins set the methods an office takes (the projects form's 收款方式); 'prepaid' is the system's own.
    const hq = await signedIn('hq.admin@jinxiu.demo');
    expect((await hq.from('projects').update({ payment_methods: ['prepaid'] }).eq('id', projectId)).error?.message).toMatch(/check constraint/);
    expect((await hq.from('projects').update({ payment_methods: ['cash', 'wechat', 'alipay', 'bank_card', 'bank_transfer'] }).eq('id', projectId)).error).toBeNull();
    expect((await post(cashier, { p_owner_id: p.owner, p_amount: '1.00', p_method: 'cheque' })).error?.message).toMatch(/does not take payments by cheque/);
    expect((await post(cashier, { p_owner_id: p.owner, p_amount: '1.005' })).error?.message).toMatch(/at most two decimals/);
    expect(await paidOf(p.bills)).toEqual(['0.00']);
    await db.query(`update projects set payment_methods = default where id = $1`, [projectId]);
  });

  test('20 concurrent posts for one owner’s bills, each sent twice: exact totals, no over-allocation, 20 payments, gapless receipts', async () => {
    const p = await payer('d', [{ principal: '300.00', due: '2043-01-10' }, { principal: '200.00', due: '2043-02-10' }]);
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const clients = await Promise.all(Array.from({ length: 4 }, () => signedIn(CASHIER.email)));
    const started = performance.now();
    const answers = await Promise.all(keys.flatMap((key, i) => [0, 1].map((copy) =>
      post(clients[(i + copy) % clients.length]!, { p_owner_id: p.owner, p_amount: '30.00', p_idempotency_key: key }))));
    const seconds = (performance.now() - started) / 1000;
    expect(answers.map((a) => a.error)).toEqual(answers.map(() => null));
    expect(new Set(answers.map((a) => a.data.paymentId)).size).toBe(20);
    expect(answers.filter((a) => a.data.replayed)).toHaveLength(20);

    expect(await paidOf(p.bills)).toEqual(['300.00', '200.00']);
    expect(await prepaidOf(p.owner)).toBe('100.00');
    const totals = (await db.query(
      `select count(*)::int as payments, sum(p.amount)::text as received,
              (select sum(a.amount)::text from payment_allocations a join payments q on q.id = a.payment_id where q.owner_id = $1) as allocated
         from payments p where p.owner_id = $1`, [p.owner])).rows[0];
    expect(totals).toEqual({ payments: 20, received: '600.00', allocated: '500.00' });
    const numbers = (await db.query<{ receipt_no: string }>(
      `select r.receipt_no::text from receipts r join payments p on p.id = r.payment_id where p.owner_id = $1 order by r.receipt_no`, [p.owner])).rows.map((r) => Number(r.receipt_no));
    expect(numbers).toHaveLength(20);
    // Gapless in the project: no number between the first and last of these belongs to nobody.
    const span = (await db.query(`select count(*)::int as n from receipts where project_id = $1 and receipt_no between $2 and $3`, [projectId, numbers[0], numbers[19]])).rows[0].n;
    expect(span).toBe(numbers[19]! - numbers[0]! + 1);
    console.log(`40 concurrent post_payment calls (20 keys × 2) through PostgREST: ${seconds.toFixed(2)} s`);

    // Paying chosen bills that a colleague has just paid in full is refused, and writes nothing.
    const late = await Promise.all([1, 2, 3].map(() => post(cashier, { p_owner_id: p.owner, p_bill_ids: p.bills, p_amount: '10.00' })));
    expect(late.map((a) => a.error?.message)).toEqual(late.map(() => expect.stringMatching(/cannot take this payment/)));
    expect((await db.query(`select count(*)::int as n from payments where owner_id = $1`, [p.owner])).rows[0].n).toBe(20);
  });
});

describe('receipts', () => {
  test('finance voids and reverses: bills restored; a voided receipt of a standing payment is reissued under the next number', async () => {
    const p = await payer('e', [{ principal: '100.00', due: '2043-01-10' }, { principal: '100.00', due: '2043-02-10' }]);
    const first = (await post(cashier, { p_owner_id: p.owner, p_amount: '120.00' })).data;
    const second = (await post(cashier, { p_owner_id: p.owner, p_amount: '50.00' })).data;
    expect(await paidOf(p.bills)).toEqual(['100.00', '70.00']);

    expect((await cashier.rpc('void_receipt', { p_receipt_id: first.receiptId, p_reason: '打错' })).error?.code).toBe('42501');
    expect((await finance.rpc('void_receipt', { p_receipt_id: first.receiptId, p_reason: ' ' })).error?.message).toMatch(/reason is required/);
    const reversed = await finance.rpc('void_receipt', { p_receipt_id: first.receiptId, p_reason: '业主退款', p_reverse: true });
    expect(reversed.error).toBeNull();
    expect(await paidOf(p.bills)).toEqual(['0.00', '50.00']);
    expect((await cashier.rpc('reissue_receipt', { p_receipt_id: first.receiptId })).error?.message).toMatch(/was reversed/);

    await finance.rpc('void_receipt', { p_receipt_id: second.receiptId, p_reason: '抬头写错' });
    const reissued = await cashier.rpc('reissue_receipt', { p_receipt_id: second.receiptId });
    expect(reissued.error).toBeNull();
    expect(reissued.data.receiptNo).toBeGreaterThan(second.receiptNo);
    expect(await paidOf(p.bills)).toEqual(['0.00', '50.00']);
    const rows = (await db.query(`select status::text, reissue_of from receipts where payment_id = $1 order by receipt_no`, [second.paymentId])).rows;
    expect(rows).toEqual([{ status: 'void', reissue_of: null }, { status: 'issued', reissue_of: second.receiptId }]);
  });
});

describe('daily close', () => {
  test('expected by method vs counted cash, a variance needs a reason, and a verified day is locked', async () => {
    const p = await payer('f', [{ principal: '500.00', due: '2043-01-10' }]);
    const day = (await db.query<{ d: string }>(`select (now() at time zone 'Asia/Shanghai')::date::text as d`)).rows[0]!.d;
    await post(closer, { p_owner_id: p.owner, p_amount: '100.00', p_method: 'cash' });
    await post(closer, { p_owner_id: p.owner, p_amount: '20.50', p_method: 'cash' });
    await post(closer, { p_owner_id: p.owner, p_amount: '66.00', p_method: 'wechat' });
    const preview = await closer.rpc('daily_close_preview', { p_project_id: projectId, p_day: day });
    expect(preview.data.expected).toMatchObject({ cash: '120.50', wechat: '66.00' });

    const short = await closer.rpc('submit_daily_close', { p_project_id: projectId, p_day: day, p_counted_cash: '120.00' });
    expect(short.error?.message).toMatch(/differs from expected cash by -0.50: say why/);
    const submitted = await closer.rpc('submit_daily_close', { p_project_id: projectId, p_day: day, p_counted_cash: '120.00', p_deposit_ref: 'DEP-001', p_variance_reason: '找零短款' });
    expect(submitted.error).toBeNull();
    expect(submitted.data.close).toMatchObject({ status: 'submitted', variance: -0.5, deposit_ref: 'DEP-001' });
    const attached = await db.query(`select count(*)::int as n from payments where recorded_by = $1 and daily_close_id = $2`, [closerId, submitted.data.close.id]);
    expect(attached.rows[0].n).toBeGreaterThanOrEqual(3);

    expect((await closer.rpc('verify_daily_close', { p_close_id: submitted.data.close.id })).error?.code).toBe('42501');
    expect((await finance.rpc('verify_daily_close', { p_close_id: submitted.data.close.id })).error).toBeNull();
    const late = await post(closer, { p_owner_id: p.owner, p_amount: '1.00' });
    expect(late.error?.message).toMatch(/is verified: no more payments/);
    const receipt = (await db.query(`select r.id from receipts r join payments q on q.id = r.payment_id where q.owner_id = $1 and q.amount = 100 limit 1`, [p.owner])).rows[0].id;
    expect((await finance.rpc('void_receipt', { p_receipt_id: receipt, p_reason: '退款', p_reverse: true })).error?.message).toMatch(/verified daily close/);
    expect(await paidOf(p.bills)).toEqual(['186.50']);
  });
});
