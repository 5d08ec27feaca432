// The adjustments screen (调整审批) in headless Chromium against the real stack. bjyh has no office logins, so the
// test gives it a finance user and a manager of its own. On approved bills of 2038 (no other test uses that
// year) the manager's proposed adjustments wait for finance: finance approves one (the bill changes), rejects
// one with a comment (the bill does not), and meets one made stale by a later change of its bill — the
// dialog names the bill, and nothing of the selection changes. The manager reads the list (in Chinese and English)
// without buttons.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { anonClient, signedIn, withSuperuser as db } from '../support/clients.js';
import { LOGINS } from '../integration/rls/expected.js';
import { signIn, useConsole } from '../support/browser.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const ui = useConsole();

const user = (role: 'finance' | 'manager', full_name: string): DemoUser =>
  ({ email: `${role}.adjustments@bjyh.test`, password: DEMO_PASSWORD, full_name, phone: '13900002038', role, company: 'jinxiu', project: 'bjyh' });
const FINANCE = user('finance', '钱会计');
const MANAGER = user('manager', '孙主管');

interface Fixture { room: string; owner: string; bill: string; adjustment: string }
/** The proposals, as save_bill_edits writes them: the bill's current value as text, the manager as requester. */
const PROPOSALS = {
  approve: { field: 'principal', to: '120.00', reason: '面积更正（测试）' },
  reject: { field: 'discount', to: '15.00', reason: '空置减免（测试）' },
  // On the stale one's bill, proposed first (so decided first): approved in the same selection, it must not be
  // applied either.
  alongside: { field: 'due_date', to: '2038-01-25', reason: '延期缴费（测试）' },
  stale: { field: 'late_fee', to: '5.00', reason: '滞纳金更正（测试）' },
} as const;
type Case = keyof typeof PROPOSALS;
const fixtures = new Map<Case, Fixture>();
const userIds: string[] = [];

beforeAll(async () => {
  const { apiUrl, serviceRoleKey } = inject('stack');
  await db(async (sql) => {
    await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), sql, [FINANCE, MANAGER]);
    const ids = await sql.query<{ id: string; email: string }>(`select id, email from auth.users where email = any($1)`, [[FINANCE.email, MANAGER.email]]);
    userIds.push(...ids.rows.map((r) => r.id));
    const managerId = ids.rows.find((r) => r.email === MANAGER.email)!.id;
    // Bills of three units with a current owner.
    const bills = await sql.query<{ id: string; room_no: string; owner: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       select p.id, u.id, u.owner_id, f.id, '2038-01-01', '2038-01-31', 100.00, '2038-01-10', 'approved'
         from projects p join fee_items f on f.project_id = p.id and f.code = 'mgmt'
         join lateral (select u.id, o.owner_id from units u
                         join unit_ownerships o on o.project_id = u.project_id and o.unit_id = u.id and o.to_date is null
                        where u.project_id = p.id order by u.room_no limit 3) u on true
        where p.code = 'bjyh'
       returning id, (select room_no from units where id = unit_id), (select name from owners where id = owner_id) as owner`);
    const [a, b, c] = bills.rows.sort((x, y) => x.room_no.localeCompare(y.room_no));
    const billOf: Record<Case, { id: string; room_no: string; owner: string }> = { approve: a!, reject: b!, stale: c!, alongside: c! };
    for (const [name, p] of Object.entries(PROPOSALS) as Array<[Case, (typeof PROPOSALS)[Case]]>) {
      const bill = billOf[name];
      const { rows } = await sql.query<{ id: string }>(
        `insert into bill_adjustments (project_id, bill_id, field, old_value, new_value, reason, requested_by)
         select b.project_id, b.id, $2, to_jsonb(b) ->> $2, $3, $4, $5 from bills b where b.id = $1 returning id`,
        [bill.id, p.field, p.to, p.reason, managerId]);
      fixtures.set(name, { room: bill.room_no, owner: bill.owner, bill: bill.id, adjustment: rows[0]!.id });
    }
  });
});

afterAll(async () => {
  await db(async (sql) => {
    const bills = [...new Set([...fixtures.values()].map((f) => f.bill))];
    await sql.query(`delete from bill_adjustments where bill_id = any($1)`, [bills]);
    await sql.query(`delete from bills where id = any($1)`, [bills]);
    // Their staff rows and memberships go with them.
    await sql.query(`delete from auth.users where id = any($1)`, [userIds]);
  });
});

const fixture = (name: Case) => fixtures.get(name)!;
const row = (page: Page, name: Case) => page.locator(`[data-testid="adjustment-row"][data-adjustment-id="${fixture(name).adjustment}"]`);

async function inDb(name: Case) {
  return db(async (sql) => (await sql.query<{ status: string; decided_by: string | null; decision_comment: string | null; principal: string; discount: string; late_fee: string; due_date: string }>(
    `select a.status::text, a.decided_by, a.decision_comment, b.principal::text, b.discount::text, b.late_fee::text, b.due_date::text
       from bill_adjustments a join bills b on b.id = a.bill_id where a.id = $1`, [fixture(name).adjustment])).rows[0]!);
}

/** The adjustments page of 2038 (a year filter), proposed ones as by default. */
async function open2038(email: string): Promise<Page> {
  const page = await signIn(ui.app, email, { viewport: { width: 1600, height: 1000 } });
  await page.waitForSelector('[data-testid="project-switcher"]');
  await page.goto(`${ui.app.url}/billing/adjustments`);
  await page.getByTestId('adjustments-kind-year').click();
  await page.getByTestId('adjustments-period').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2038');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('adjustment-row').count()).toBe(4);
  return page;
}

async function decide(page: Page, names: readonly Case[], decision: 'approve' | 'reject', comment: string): Promise<void> {
  for (const name of names) await row(page, name).locator('.ant-checkbox-input').check();
  await page.getByTestId(`adjustments-${decision}`).click();
  await page.getByTestId('adjustments-decide-comment').fill(comment);
  await page.getByTestId('adjustments-decide-confirm').click();
}

describe('the adjustment_review view', () => {
  test('lets the tables\' RLS decide: bjyh\'s finance reads the proposals, jxhy\'s finance and anon do not', async () => {
    const ids = [...fixtures.values()].map((f) => f.adjustment);
    const read = async (client: ReturnType<typeof anonClient>) => client.from('adjustment_review').select('id').in('id', ids);
    expect((await read(await signedIn(FINANCE.email))).data).toHaveLength(ids.length);
    expect((await read(await signedIn(LOGINS.finance))).data).toEqual([]);
    expect((await read(anonClient())).error?.code).toBe('42501');
  });
});

describe('the adjustments screen', () => {
  test('a manager reads the proposals, with who asked and what changes, but gets no buttons to decide them', { timeout: 120_000 }, async () => {
    const page = await open2038(MANAGER.email);
    expect(await page.getByTestId('adjustments-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('adjustments-approve').count()).toBe(0);
    expect(await page.getByTestId('adjustments-reject').count()).toBe(0);
    const text = await row(page, 'reject').innerText();
    for (const part of [fixture('reject').room, fixture('reject').owner, '物业管理费', '2038-01-01 ~ 2038-01-31', '减免', '空置减免（测试）', MANAGER.full_name, '待审批']) expect(text).toContain(part);
    expect(await row(page, 'reject').getByTestId('adjustment-change').innerText()).toBe('¥0.00 → ¥15.00');
    expect(await row(page, 'alongside').getByTestId('adjustment-change').innerText()).toBe('2038-01-10 → 2038-01-25');

    // In English.
    await page.getByTestId('lang-switch').getByText('English').click();
    await row(page, 'reject').getByText('Proposed').waitFor();
    expect(await row(page, 'reject').innerText()).toMatch(/Management fee[\s\S]*Discount/);
    expect(await page.getByTestId('adjustments-read-only').innerText()).toContain('finance or an HQ administrator decides them');
    await page.context().close();
  });

  test('finance approves one (the bill changes), rejects one with a comment (it does not), and is refused a stale one', { timeout: 180_000 }, async () => {
    const page = await open2038(FINANCE.email);
    const financeId = await db(async (sql) => (await sql.query<{ id: string }>(`select id from auth.users where email = $1`, [FINANCE.email])).rows[0]!.id);

    await decide(page, ['approve'], 'approve', '核对无误');
    await row(page, 'approve').waitFor({ state: 'detached' }); // the list reloads: no longer proposed
    expect(await inDb('approve')).toMatchObject({ status: 'approved', decided_by: financeId, decision_comment: '核对无误', principal: '120.00' });

    // Rejecting needs a reason.
    await row(page, 'reject').locator('.ant-checkbox-input').check();
    await page.getByTestId('adjustments-reject').click();
    expect(await page.getByTestId('adjustments-decide-confirm').isDisabled()).toBe(true);
    await page.getByTestId('adjustments-decide-comment').fill('依据不足，请补充空置证明');
    await page.getByTestId('adjustments-decide-confirm').click();
    await row(page, 'reject').waitFor({ state: 'detached' });
    expect(await inDb('reject')).toMatchObject({ status: 'rejected', decided_by: financeId, decision_comment: '依据不足，请补充空置证明', discount: '0.00' });

    // The decided ones, with who decided and the comment, under 已驳回.
    await page.getByTestId('adjustments-status-rejected').click();
    await expect.poll(() => row(page, 'reject').getByTestId('adjustment-decision').innerText()).toMatch(new RegExp(`${FINANCE.full_name}[\\s\\S]*依据不足`));
    await page.getByTestId('adjustments-status-proposed').click();
    await row(page, 'stale').waitFor();

    // Someone changes the stale one's bill after it was proposed (as an approved adjustment would).
    await db(async (sql) => {
      await sql.query('begin');
      await sql.query(`select set_config('feegrid.adjusting', 'on', true)`);
      await sql.query(`update bills set late_fee = 2.00 where id = $1`, [fixture('stale').bill]);
      await sql.query('commit');
    });
    await decide(page, ['alongside', 'stale'], 'approve', '同意');
    const refusal = page.getByTestId('adjustments-decide-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`账单 ${fixture('stale').room}（物业管理费，2038-01-01 至 2038-01-31）的滞纳金现为 ¥2.00，不再是申请时的 ¥0.00`);
    // All or nothing: neither the stale one nor the one beside it was decided or applied.
    expect(await inDb('stale')).toMatchObject({ status: 'proposed', decided_by: null, decision_comment: null, late_fee: '2.00' });
    expect(await inDb('alongside')).toMatchObject({ status: 'proposed', decided_by: null, due_date: '2038-01-10' });
    await page.context().close();
  });
});
