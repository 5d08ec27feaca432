// The cashier console (收银台, 收据, 日结) in headless Chromium against the real stack. Project chy, a unit DESK-1 and
// its owner 收银台测试 of this file's own, with approved bills of 2044 (no other test bills 2044) worth 300.00 and a
// draft, and temporary users: a cashier and a finance user of chy. The cashier finds the owner by room and takes
// 150.00 of the 300.00 in cash (a retry after a lost answer, sent with a double click, posts nothing more), and
// gets the receipt with its number and 大写, which prints as one A5 landscape page; finance voids it without
// reversing; the cashier reissues it under a later number; the cashier's 日结 expects 150.00 cash, takes a count,
// submits; finance verifies. The database is checked after each step. Payments are append-only: nothing is
// cleaned up but the temporary users.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withSuperuser as db } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';
import { formatReceiptNo } from '../../web/src/routes/cashier/receipt-no.js';
import { formatMoney } from '../../web/src/fields/money.js';
import Decimal from 'decimal.js';

const ui = useConsole();

const user = (role: 'cashier' | 'finance', full_name: string): DemoUser =>
  ({ email: `${role}.e2e@chy.test`, password: DEMO_PASSWORD, full_name, phone: '13900002044', role, company: 'jinxiu', project: 'chy' });
const CASHIER = user('cashier', '冯收银');
const FINANCE = user('finance', '陈财务');
const ROOM = 'DESK-1';
const OWNER = '收银台测试';

interface Fixture { projectId: string; owner: string; bills: string[]; cashierId: string; financeId: string; today: string }
let fixture: Fixture;

beforeAll(async () => {
  const { apiUrl, serviceRoleKey } = inject('stack');
  fixture = await db(async (sql) => {
    await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), sql, [CASHIER, FINANCE]);
    const ids = (await sql.query<{ id: string; email: string }>(`select id, email from auth.users where email = any($1)`, [[CASHIER.email, FINANCE.email]])).rows;
    const { rows: [project] } = await sql.query<{ id: string; building: string; fee_item: string; today: string }>(
      `select p.id, (select b.id from buildings b where b.project_id = p.id order by b.code limit 1) as building,
              (select f.id from fee_items f where f.project_id = p.id and f.code = 'mgmt') as fee_item,
              (now() at time zone p.timezone)::date::text as today
         from projects p where p.code = 'chy'`);
    const unit = (await sql.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 90) returning id`,
      [project!.id, project!.building, ROOM])).rows[0]!.id;
    const owner = (await sql.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, $2, '13700002044') returning id`, [project!.id, OWNER])).rows[0]!.id;
    await sql.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [project!.id, unit, owner]);
    // January 100.00 and February 200.00 approved; March still a draft (owed, not payable yet).
    const bills = (await sql.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $3, $4, '2044-01-01', '2044-01-31', 100.00, '2044-01-10', 'approved'),
              ($1, $2, $3, $4, '2044-02-01', '2044-02-29', 200.00, '2044-02-10', 'approved'),
              ($1, $2, $3, $4, '2044-03-01', '2044-03-31', 50.00, '2044-03-10', 'draft')
       returning id`, [project!.id, unit, owner, project!.fee_item])).rows.map((r) => r.id);
    const idOf = (email: string) => ids.find((r) => r.email === email)!.id;
    return { projectId: project!.id, owner, bills, cashierId: idOf(CASHIER.email), financeId: idOf(FINANCE.email), today: project!.today };
  });
});

afterAll(async () => {
  // Their staff rows and memberships go with them; payments, receipts and closes stay (append-only).
  await db((sql) => sql.query(`delete from auth.users where id = any($1)`, [[fixture.cashierId, fixture.financeId]]));
});

const paid = () => db(async (sql) => (await sql.query<{ paid: string }>(`select paid::text from bills where id = any($1) order by period_start`, [fixture.bills])).rows.map((r) => r.paid));
const receiptsOfOwner = () => db(async (sql) => (await sql.query<{ id: string; receipt_no: string; status: string; void_reason: string | null; voided_by: string | null; reissue_of: string | null; payment_id: string }>(
  `select r.id, r.receipt_no::text, r.status::text, r.void_reason, r.voided_by, r.reissue_of, r.payment_id
     from receipts r join payments p on p.id = r.payment_id where p.owner_id = $1 order by r.receipt_no`, [fixture.owner])).rows);
const paymentsOfOwner = () => db(async (sql) => (await sql.query<{ kind: string; amount: string; method: string; recorded_by: string }>(
  `select kind::text, amount::text, method::text, recorded_by from payments where owner_id = $1 order by created_at`, [fixture.owner])).rows);
const closeOfCashier = () => db(async (sql) => (await sql.query(
  `select id, business_date::text, expected, counted_cash::text, variance::text, deposit_ref, status::text, verified_by
     from daily_closes where cashier_id = $1`, [fixture.cashierId])).rows);

async function open(email: string, path: string): Promise<Page> {
  const page = await signIn(ui.app, email, { viewport: { width: 1400, height: 1000 } });
  await page.waitForSelector('[data-testid="project-switcher"]');
  await page.goto(`${ui.app.url}${path}`);
  return page;
}

const receiptRow = (page: Page, no: string) => page.locator(`[data-testid="receipt-row"][data-receipt-no="${no}"]`);
/** The receipt on screen (its print copy, portalled into <body>, has the same test ids). */
const onScreen = (page: Page, testId: string) => page.getByTestId('receipt-preview').getByTestId(testId);
/** Page objects of a PDF (the page tree's /Pages nodes excluded), and the first page's size in points. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
const pdfPageSize = (pdf: Buffer) => /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);

describe('the cashier console', () => {
  test('a cashier takes a partial payment, prints the receipt, voids and reissues it; the daily close shows the right totals', { timeout: 300_000 }, async () => {
    // 收银台: the owner by room number, what they owe.
    const cashier = await open(CASHIER.email, '/cashier/desk');
    await cashier.getByTestId('desk-search').click();
    await cashier.keyboard.type(ROOM);
    await cashier.locator('.ant-select-item-option').filter({ hasText: `${OWNER}（${ROOM}）` }).click();
    await expect.poll(() => cashier.getByTestId('desk-bill-row').count()).toBe(2);
    expect(await cashier.getByTestId('desk-outstanding').innerText()).toBe('¥300.00');
    expect(await cashier.getByTestId('desk-prepaid').innerText()).toBe('¥0.00');
    expect(await cashier.getByTestId('desk-awaiting').innerText()).toContain('另有 1 张账单尚未经财务审核');
    expect(await cashier.getByTestId('desk-bill-row').first().innerText()).toMatch(/DESK-1[\s\S]*物业管理费[\s\S]*2044-01-01 ~ 2044-01-31[\s\S]*2044-01-10[\s\S]*¥100.00[\s\S]*已审核/);

    // 150.00 of the 300.00 proposed, in cash. The first answer is lost on the way back (the payment was posted);
    // the retry, sent with a double click, gets that payment back: one payment in all.
    await cashier.getByTestId('desk-pay').click();
    expect(await cashier.getByTestId('pay-amount').inputValue()).toBe('300.00');
    await cashier.getByTestId('pay-amount').fill('150.00');
    await cashier.getByTestId('pay-method-cash').click();
    await cashier.route('**/rest/v1/rpc/post_payment', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    }, { times: 1 });
    await cashier.getByTestId('pay-confirm').click();
    expect(await cashier.getByTestId('pay-error').innerText()).toContain('无法连接服务器');
    expect(await paymentsOfOwner()).toHaveLength(1);
    await cashier.getByTestId('pay-confirm').dblclick();

    // The receipt, with its number and 大写.
    const sheet = cashier.getByTestId('receipt-preview').getByTestId('receipt');
    await sheet.waitFor();
    const [first] = await receiptsOfOwner();
    expect(first).toMatchObject({ status: 'issued', reissue_of: null });
    expect(await paymentsOfOwner()).toEqual([{ kind: 'payment', amount: '150.00', method: 'cash', recorded_by: fixture.cashierId }]);
    expect(await paid()).toEqual(['100.00', '50.00', '0.00']);
    expect(await onScreen(cashier, 'receipt-no').innerText()).toBe(formatReceiptNo(Number(first!.receipt_no)));
    expect(await onScreen(cashier, 'receipt-payer').innerText()).toBe(OWNER);
    expect(await onScreen(cashier, 'receipt-rooms').innerText()).toBe(ROOM);
    expect(await onScreen(cashier, 'receipt-method').innerText()).toBe('现金');
    expect(await onScreen(cashier, 'receipt-date').innerText()).toMatch(new RegExp(`^${fixture.today} \\d\\d:\\d\\d$`));
    const lines = await onScreen(cashier, 'receipt-lines').locator('tbody tr').all();
    expect(await Promise.all(lines.map((row) => row.locator('td').allInnerTexts()))).toEqual([
      ['物业管理费', '2044-01-01 至 2044-01-31', '¥100.00'],
      ['物业管理费', '2044-02-01 至 2044-02-29', '¥50.00'],
    ]);
    expect(await onScreen(cashier, 'receipt-total').innerText()).toBe('¥150.00');
    expect(await onScreen(cashier, 'receipt-capitals').innerText()).toBe('壹佰伍拾元整');
    expect(await onScreen(cashier, 'receipt-cashier').innerText()).toBe(CASHIER.full_name);
    expect(await sheet.getAttribute('data-status')).toBe('issued');

    // Printed (print media, the console hidden): one A5 landscape page.
    const pdf = await cashier.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
    const [width, height] = pdfPageSize(pdf);
    expect(Math.round(width!)).toBe(595); // 210 mm
    expect(Math.round(height!)).toBe(420); // 148 mm
    await cashier.getByTestId('receipt-close').click();
    await expect.poll(() => cashier.getByTestId('desk-outstanding').innerText()).toBe('¥150.00');

    // 收据: the cashier may not void.
    await cashier.goto(`${ui.app.url}/cashier/receipts`);
    await receiptRow(cashier, first!.receipt_no).waitFor();
    expect(await receiptRow(cashier, first!.receipt_no).innerText()).toMatch(new RegExp(`${formatReceiptNo(Number(first!.receipt_no))}[\\s\\S]*${OWNER}[\\s\\S]*¥150.00[\\s\\S]*现金[\\s\\S]*${CASHIER.full_name}[\\s\\S]*有效`));
    expect(await receiptRow(cashier, first!.receipt_no).getByTestId('receipt-void').count()).toBe(0);
    expect(await receiptRow(cashier, first!.receipt_no).getByTestId('receipt-reissue').count()).toBe(0);

    // Finance voids it, with a reason, without reversing: the payment and the bills stand.
    const finance = await open(FINANCE.email, '/cashier/receipts');
    await receiptRow(finance, first!.receipt_no).getByTestId('receipt-void').click();
    expect(await finance.getByTestId('void-confirm').isDisabled()).toBe(true);
    await finance.getByTestId('void-reason').fill('抬头写错（测试）');
    expect(await finance.getByTestId('void-reverse').isChecked()).toBe(false);
    await finance.getByTestId('void-confirm').click();
    await expect.poll(() => receiptRow(finance, first!.receipt_no).getByTestId('receipt-row-status').getAttribute('data-status')).toBe('void');
    expect((await receiptsOfOwner())[0]).toMatchObject({ status: 'void', void_reason: '抬头写错（测试）', voided_by: fixture.financeId });
    expect(await paymentsOfOwner()).toHaveLength(1);
    expect(await paid()).toEqual(['100.00', '50.00', '0.00']);

    // The cashier reissues it: a new receipt under a later number, for the same payment; it opens ready to print.
    await cashier.getByTestId('receipts-reload').click();
    await receiptRow(cashier, first!.receipt_no).getByTestId('receipt-reissue').click();
    await cashier.getByTestId('receipt-reissue-confirm').click();
    await cashier.getByTestId('receipt-preview').getByTestId('receipt-reissue-of').waitFor();
    const [voided, reissued] = await receiptsOfOwner();
    expect(voided).toMatchObject({ id: first!.id, status: 'void' });
    expect(reissued).toMatchObject({ status: 'issued', reissue_of: first!.id, payment_id: first!.payment_id });
    // The next number the project gave out (other desks of chy may have taken some in between).
    expect(Number(reissued!.receipt_no)).toBeGreaterThan(Number(first!.receipt_no));
    expect(await onScreen(cashier, 'receipt-no').innerText()).toBe(formatReceiptNo(Number(reissued!.receipt_no)));
    expect(await onScreen(cashier, 'receipt-reissue-of').innerText()).toBe(`补开：原收据 No.${formatReceiptNo(Number(first!.receipt_no))} 已作废`);
    expect(await onScreen(cashier, 'receipt-total').innerText()).toBe('¥150.00');
    await cashier.getByTestId('receipt-close').click();
    // The void one shows as void: watermark and reason.
    await receiptRow(cashier, first!.receipt_no).getByTestId('receipt-open').click();
    expect(await onScreen(cashier, 'receipt-void').innerText()).toBe('作废');
    expect(await onScreen(cashier, 'receipt-void-reason').innerText()).toBe('作废原因：抬头写错（测试）');
    await cashier.getByTestId('receipt-close').click();

    // 日结: the voided receipt's payment stands, so 150.00 cash is expected; a difference needs a reason.
    await cashier.goto(`${ui.app.url}/cashier/daily-close`);
    await expect.poll(() => cashier.getByTestId('close-expected-cash').innerText()).toBe('¥150.00');
    expect(await cashier.getByTestId('close-expected').locator('[data-method="cash"]').innerText()).toMatch(/现金\s+¥150.00/);
    expect(await cashier.getByTestId('close-status').getAttribute('data-status')).toBe('none');
    await cashier.getByTestId('close-counted').fill('149.50');
    expect(await cashier.getByTestId('close-variance').innerText()).toBe('-¥0.50');
    expect(await cashier.getByTestId('close-submit').isDisabled()).toBe(true);
    await cashier.getByTestId('close-counted').fill('150.00');
    expect(await cashier.getByTestId('close-variance').innerText()).toBe('¥0.00');
    await cashier.getByTestId('close-deposit').fill('DEP-E2E-1');
    await cashier.getByTestId('close-submit').click();
    await expect.poll(() => cashier.getByTestId('close-status').getAttribute('data-status')).toBe('submitted');
    const [submitted] = await closeOfCashier();
    expect(submitted).toMatchObject({ business_date: fixture.today, expected: { cash: '150.00' }, counted_cash: '150.00', variance: '0.00',
      deposit_ref: 'DEP-E2E-1', status: 'submitted', verified_by: null });
    // A cashier verifies nothing.
    expect(await cashier.getByTestId('close-project').count()).toBe(0);

    // Finance verifies the day.
    await finance.goto(`${ui.app.url}/cashier/daily-close`);
    const row = finance.locator(`[data-testid="close-row"][data-close-id="${submitted!.id}"]`);
    expect(await row.innerText()).toMatch(new RegExp(`${fixture.today}[\\s\\S]*${CASHIER.full_name}[\\s\\S]*现金 ¥150.00[\\s\\S]*¥150.00[\\s\\S]*¥0.00[\\s\\S]*DEP-E2E-1`));
    await row.getByTestId('close-verify').click();
    await row.waitFor({ state: 'detached' }); // no longer awaiting verification
    expect(await closeOfCashier()).toMatchObject([{ id: submitted!.id, status: 'verified', verified_by: fixture.financeId }]);
    await cashier.reload();
    await expect.poll(() => cashier.getByTestId('close-status').getAttribute('data-status')).toBe('verified');
    expect(await cashier.getByTestId('close-submit').isDisabled()).toBe(true);
    await finance.context().close();
    await cashier.context().close();
  });
  test('the desk shows late fees accrued to today under the policy in force, and a promise to pay', { timeout: 120_000 }, async () => {
    // An overdue management bill of a unit and owner of their own (room DESK-2), and a promise to pay in five days.
    const { promised, days } = await db(async (sql) => {
      const { rows: [p] } = await sql.query<{ building: string; fee_item: string; promised: string; days: number }>(
        `select (select b.id from buildings b where b.project_id = p.id order by b.code limit 1) as building,
                (select f.id from fee_items f where f.project_id = p.id and f.code = 'mgmt') as fee_item,
                ((now() at time zone p.timezone)::date + 5)::text as promised,
                (now() at time zone p.timezone)::date - date '2026-10-10' as days
           from projects p where p.id = $1`, [fixture.projectId]);
      const unit = (await sql.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, 'DESK-2', 90) returning id`, [fixture.projectId, p!.building])).rows[0]!.id;
      const owner = (await sql.query<{ id: string }>(`insert into owners (project_id, name) values ($1, '滞纳金测试') returning id`, [fixture.projectId])).rows[0]!.id;
      await sql.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [fixture.projectId, unit, owner]);
      await sql.query(`insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
                       values ($1, $2, $3, $4, '2026-10-01', '2026-12-31', 1000.00, '2026-10-10', 'issued')`, [fixture.projectId, unit, owner, p!.fee_item]);
      await sql.query(`insert into contact_logs (project_id, owner_id, channel, summary, outcome, promise_date) values ($1, $2, 'phone', '承诺付款', 'promise', $3)`,
        [fixture.projectId, owner, p!.promised]);
      return { promised: p!.promised, days: p!.days };
    });
    // The standard policy: 0.03 % a day of the overdue balance from the day after the due date, at most the balance.
    const expected = Decimal.min(new Decimal('1000').times('0.0003').times(days), 1000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const cashier = await open(CASHIER.email, '/cashier/desk');
    await cashier.getByTestId('desk-search').click();
    await cashier.keyboard.type('DESK-2');
    await cashier.locator('.ant-select-item-option').filter({ hasText: '滞纳金测试（DESK-2）' }).click();
    await expect.poll(() => cashier.getByTestId('desk-late-fees').innerText()).toBe(formatMoney(expected));
    expect(await cashier.getByTestId('desk-bill-row').first().innerText()).toContain(formatMoney(expected));
    expect(await cashier.getByTestId('desk-standing').innerText()).toBe(`已承诺 ${promised} 前付款`);
    await cashier.context().close();
  });
});
