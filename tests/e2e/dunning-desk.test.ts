// The dunning console (催缴) in headless Chromium against the real stack. A project of this file's own (dunw) with
// the standard policy and three owners whose quarter's management bill fell due 2046-04-10; the dunning run of
// 04-20 gives each of them a first-notice phone task. A temporary agent of the project works the desk: runs the
// dunning on demand, records a call in which one owner promises to pay by 05-05 (one contact log with the promise,
// the owner's phone task done), and after the run of 04-30 — which passes over the paused owner — prints the other
// owners' second notices, one per page. The agent proposes an installment plan (a wrong sum is refused on the spot)
// and a temporary manager approves it; when the run of 06-09 finds it unpaid, the plan shows broken and every owner
// is on the manager's legal escalation list with their arrears.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Page } from 'playwright-core';
import type pg from 'pg';
import { serviceClient, signedIn, superuser } from '../support/clients.js';
import { confirmPopup, signIn, useConsole } from '../support/browser.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';
import { standardPolicy } from '../../seed/generate/policy.js';
import { executeDunning } from '../../supabase/functions/dunning-run/execute.js';

const ui = useConsole();

const user = (role: 'agent' | 'manager', login: string, name: string): DemoUser =>
  ({ email: `${login}@dunw.test`, password: DEMO_PASSWORD, full_name: name, phone: '13900004046', role, company: 'huating', project: 'dunw' });
const AGENT = user('agent', 'agent.desk', '孙客服');
const MANAGER = user('manager', 'manager.desk', '钱主管');

const OWNERS = [
  { key: 'promise', name: '承诺甲', phone: '13900004001', room: '1-101', principal: '900.00' },
  { key: 'second', name: '催缴乙', phone: '13900004002', room: '1-102', principal: '1200.50' },
  { key: 'third', name: '催缴丙', phone: '13900004003', room: '1-103', principal: '750.00' },
] as const;
type OwnerKey = (typeof OWNERS)[number]['key'];

let db: pg.Client;
let service: SupabaseClient;
let projectId: string;
const owners = new Map<OwnerKey, { id: string; bill: string }>();
const userIds = new Map<string, string>();

beforeAll(async () => {
  db = await superuser();
  service = serviceClient();
  const company = (await db.query<{ id: string }>(`select id from companies where code = 'huating'`)).rows[0]!.id;
  projectId = (await db.query<{ id: string }>(
    `insert into projects (company_id, code, name, office_phone) values ($1, 'dunw', '催缴工作台苑', '0512-66660000') returning id`, [company])).rows[0]!.id;
  const building = (await db.query<{ id: string }>(`insert into buildings (project_id, code, name) values ($1, '1', '1栋') returning id`, [projectId])).rows[0]!.id;
  const fee = (await db.query<{ id: string }>(
    `insert into fee_items (project_id, code, name_zh, name_en, category, cycle) values ($1, 'mgmt', '物业管理费', 'Management fee', 'management', 'quarter') returning id`,
    [projectId])).rows[0]!.id;
  await db.query(`insert into policies (company_id, project_id, version, status, effective_from, document, note)
                  values ($1, $2, 1, 'published', '2020-01-01', $3, 'dunning desk test')`, [company, projectId, standardPolicy()]);
  for (const o of OWNERS) {
    const unit = (await db.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 100) returning id`,
      [projectId, building, o.room])).rows[0]!.id;
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, $2, $3) returning id`, [projectId, o.name, o.phone])).rows[0]!.id;
    await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [projectId, unit, owner]);
    const bill = (await db.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $3, $4, '2046-04-01', '2046-06-30', $5, '2046-04-10', 'issued') returning id`, [projectId, unit, owner, fee, o.principal])).rows[0]!.id;
    owners.set(o.key, { id: owner, bill });
  }
  // The run of the 20th: the first notice (SMS and a phone call) for every owner.
  expect(await executeDunning(service, projectId, '2046-04-20')).toMatchObject({ openBills: 3, errors: [] });

  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [AGENT, MANAGER]);
  for (const u of [AGENT, MANAGER]) userIds.set(u.email, (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [u.email])).rows[0]!.id);
}, 120_000);

afterAll(async () => db?.end());

let agent: Page;

/** Types a day into an antd date picker (the calendar's own input). */
async function typeDay(page: Page, testId: string, day: string, nth = 0): Promise<void> {
  await page.getByTestId(testId).nth(nth).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(day);
  await page.keyboard.press('Enter');
}

async function open(page: Page, path: string): Promise<void> {
  await page.waitForSelector('[data-testid="project-switcher"]');
  await page.goto(`${ui.app.url}${path}`);
}

const taskRow = (page: Page, owner: string) => page.locator(`[data-testid="dunning-task"][data-owner="${owner}"]`);

describe('the dunning desk', () => {
  test('an agent runs the dunning on demand and records a call with a promise to pay: one contact log, the phone task done', { timeout: 180_000 }, async () => {
    agent = await signIn(ui.app, AGENT.email, { viewport: { width: 1400, height: 1000 } });
    await open(agent, '/dunning/actions');
    // Today (the real one) brings nothing due for bills of 2046: the run answers with what it found.
    // Asking twice is harmless: a run records each due step once.
    await confirmPopup(agent, agent.getByTestId('dunning-run'), agent.getByTestId('dunning-run-confirm'));
    await expect.poll(() => agent.getByTestId('dunning-run-result').innerText(), { timeout: 90_000 }).toMatch(/^催缴已运行（\d{4}-\d\d-\d\d）：未结账单 3 张/);

    await typeDay(agent, 'dunning-as-of', '2046-04-20');
    await expect.poll(() => agent.getByTestId('dunning-task').count(), { timeout: 30_000 }).toBe(3);
    const row = taskRow(agent, '承诺甲');
    expect(await row.getByTestId('dunning-owner').innerText()).toBe('承诺甲（1-101）');
    expect(await row.innerText()).toContain('13900004001');
    expect(await row.getByTestId('dunning-total').innerText()).toBe('¥900.00');
    expect(await row.getByTestId('dunning-stage').getAttribute('data-stage')).toBe('first');
    expect(await taskRow(agent, '催缴乙').getByTestId('dunning-bills').innerText()).toBe('1-102 物业管理费 2046-04-01 至 2046-06-30：¥1,200.50');

    await row.getByTestId('dunning-record-call').click();
    await agent.getByTestId('dunning-call-summary').fill('电话联系业主，承诺 5 月 5 日前缴清');
    await agent.getByTestId('dunning-call-outcome-promise').click();
    await typeDay(agent, 'dunning-call-promise-date', '2046-05-05');
    await agent.getByTestId('dunning-call-save').click();
    await expect.poll(() => agent.getByTestId('dunning-task').count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => agent.getByTestId('dunning-promises').innerText()).toMatch(/承诺甲[\s\S]*2046-05-05[\s\S]*孙客服/);

    const { id, bill } = owners.get('promise')!;
    const logs = await db.query(`select channel::text, outcome, promise_date::text, summary, agent_id, bill_id from contact_logs where owner_id = $1`, [id]);
    expect(logs.rows).toEqual([{ channel: 'phone', outcome: 'promise', promise_date: '2046-05-05', summary: '电话联系业主，承诺 5 月 5 日前缴清',
      agent_id: userIds.get(AGENT.email), bill_id: bill }]);
    const actions = await db.query(`select channel::text, status::text, result from dunning_actions where bill_id = $1 and stage = 'first' order by channel`, [bill]);
    expect(actions.rows).toEqual([{ channel: 'phone', status: 'done', result: 'promise' }, { channel: 'sms', status: 'scheduled', result: null }]);
  });

  test('the promise pauses the owner: the run of 04-30 brings the second notice to the other owners only', async () => {
    expect(await executeDunning(service, projectId, '2046-04-30')).toMatchObject({ paused: 1, errors: [] });
    const { rows } = await db.query<{ bill_id: string }>(`select bill_id from dunning_actions where project_id = $1 and stage = 'second'`, [projectId]);
    expect(rows.map((r) => r.bill_id).sort()).toEqual([owners.get('second')!.bill, owners.get('third')!.bill].sort());
  });

  test('the agent prints the new second notices: one per owner, one page each, with their delivery status', { timeout: 180_000 }, async () => {
    await agent.goto(`${ui.app.url}/dunning/letters`);
    // The range picker's two inputs: the start, then (after Enter) the end.
    await agent.getByTestId('dunning-letters-range').first().click();
    for (const day of ['2046-04-21', '2046-04-30']) {
      await agent.keyboard.press('Control+A');
      await agent.keyboard.type(day);
      await agent.keyboard.press('Enter');
    }
    const preview = agent.getByTestId('dunning-letters-preview');
    await expect.poll(() => preview.getByTestId('dunning-letter').count(), { timeout: 30_000 }).toBe(2);
    expect(await agent.getByTestId('dunning-letters-count').innerText()).toBe('共 2 份通知单');
    expect(await preview.getByTestId('dunning-letter-title').allInnerTexts()).toEqual(['第二次催款通知单', '第二次催款通知单']);
    const [second, third] = await preview.getByTestId('dunning-letter').allInnerTexts();
    expect(second).toContain('尊敬的催缴乙业主（1栋 1-102）');
    expect(second).toContain('合计 ¥1200.50。请于收到本通知之日起十日内缴清。咨询电话 0512-66660000。');
    expect(third).toContain('尊敬的催缴丙业主（1栋 1-103）');
    expect(await agent.getByTestId('dunning-letter-status').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')))).toEqual(['queued', 'queued']);

    const pdf = await agent.pdf({ format: 'A4' });
    // Page objects of the PDF (the page tree's /Pages nodes excluded).
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length).toBe(2);
  });
});

describe('installment plans', () => {
  test('the agent proposes a plan — the instalments must add up to the total exactly — and a manager approves it', { timeout: 180_000 }, async () => {
    await agent.goto(`${ui.app.url}/dunning/plans`);
    await agent.getByTestId('dunning-plan-create').click();
    await agent.getByTestId('dunning-plan-owner').click();
    await agent.keyboard.type('催缴乙');
    await agent.locator('.ant-select-item-option').filter({ hasText: '催缴乙（1-102）欠费 ¥1,200.50' }).click();
    expect(await agent.getByTestId('dunning-plan-total').inputValue()).toBe('1200.50');
    for (const [i, due] of ['2046-05-10', '2046-06-10'].entries()) {
      await agent.getByTestId('dunning-plan-add').click();
      await typeDay(agent, 'dunning-plan-due', due, i);
      await agent.getByTestId('dunning-plan-amount').nth(i).fill('600');
    }
    expect(await agent.getByTestId('dunning-plan-issues').innerText()).toBe('分期合计 ¥1,200.00 与协议总额 ¥1,200.50 不符，相差 ¥0.50');
    expect(await agent.getByTestId('dunning-plan-submit').isDisabled()).toBe(true);
    await agent.getByTestId('dunning-plan-amount').nth(1).fill('600.50');
    await expect.poll(() => agent.getByTestId('dunning-plan-issues').count()).toBe(0);
    await agent.getByTestId('dunning-plan-submit').click();

    const planRow = agent.locator('[data-testid="dunning-plan"][data-owner="催缴乙"]');
    await expect.poll(() => planRow.getByTestId('dunning-plan-status').getAttribute('data-status'), { timeout: 30_000 }).toBe('proposed');
    // An agent proposes; approving is for managers and finance.
    expect(await agent.getByTestId('dunning-plan-approve').count()).toBe(0);
    const plan = (await db.query(`select id, total::text, schedule, status::text, created_by from installment_plans where owner_id = $1`, [owners.get('second')!.id])).rows;
    expect(plan).toEqual([{ id: expect.any(String), total: '1200.50', status: 'proposed', created_by: userIds.get(AGENT.email),
      schedule: [{ due: '2046-05-10', amount: '600.00' }, { due: '2046-06-10', amount: '600.50' }] }]);
    await agent.context().close();

    const manager = await signIn(ui.app, MANAGER.email, { viewport: { width: 1400, height: 1000 } });
    await open(manager, '/dunning/plans');
    const row = manager.locator(`[data-testid="dunning-plan"][data-plan-id="${plan[0].id}"]`);
    await row.getByTestId('dunning-plan-approve').click();
    await expect.poll(() => row.getByTestId('dunning-plan-status').getAttribute('data-status'), { timeout: 30_000 }).toBe('active');
    const approved = await db.query(`select status::text, approved_by from installment_plans where id = $1`, [plan[0].id]);
    expect(approved.rows).toEqual([{ status: 'active', approved_by: userIds.get(MANAGER.email) }]);
    await manager.context().close();
  });
});

describe('legal escalation', () => {
  test('the run of 06-09 escalates every owner: the promise has passed and the plan, unpaid, is broken; the manager sees each owner’s arrears and conversations', { timeout: 180_000 }, async () => {
    expect(await executeDunning(service, projectId, '2046-06-09')).toMatchObject({ paused: 0, brokenPlans: 1, errors: [] });
    const manager = await signIn(ui.app, MANAGER.email, { viewport: { width: 1400, height: 1000 } });
    await open(manager, '/dunning/legal');
    const legal = manager.getByTestId('dunning-legal');
    await expect.poll(() => legal.getByTestId('dunning-legal-arrears').allInnerTexts(), { timeout: 30_000 }).toEqual(['¥900.00', '¥1,200.50', '¥750.00']);
    expect(await legal.getByTestId('dunning-owner').allInnerTexts()).toEqual(['承诺甲（1-101）', '催缴乙（1-102）', '催缴丙（1-103）']);
    // The conversations so far, newest first: the promise that has passed.
    await legal.getByTestId('dunning-history').first().click();
    const entries = manager.getByTestId('dunning-history-drawer').getByTestId('dunning-history-entry');
    await expect.poll(() => entries.allInnerTexts(), { timeout: 30_000 }).toEqual([expect.stringMatching(/电话 · 孙客服\n承诺付款\n?承诺 2046-05-05 前付款\n电话联系业主，承诺 5 月 5 日前缴清$/)]);
    await manager.keyboard.press('Escape');

    await manager.goto(`${ui.app.url}/dunning/plans`);
    const row = manager.locator('[data-testid="dunning-plan"][data-owner="催缴乙"]');
    await expect.poll(() => row.getByTestId('dunning-plan-status').getAttribute('data-status'), { timeout: 30_000 }).toBe('broken');
    expect(await row.getByTestId('dunning-plan-status').innerText()).toBe('已违约');
    await manager.context().close();
  });
});

describe('record_call', () => {
  test('refuses, writing nothing: tasks done already, two owners’ tasks, a promise without a date or before the call, another project’s staff', async () => {
    const phoneTask = async (owner: OwnerKey) => (await db.query<{ id: string }>(
      `select id from dunning_actions where bill_id = $1 and stage = 'first' and channel = 'phone'`, [owners.get(owner)!.bill])).rows[0]!.id;
    const [done, second, third] = await Promise.all([phoneTask('promise'), phoneTask('second'), phoneTask('third')]);
    const client = await signedIn(AGENT.email);
    const call = (ids: string[], outcome: string, promise: string | null = null, as = client) =>
      as.rpc('record_call', { p_action_ids: ids, p_summary: '电话', p_outcome: outcome, p_promise_date: promise });
    const logs = async () => (await db.query(`select count(*)::int as n from contact_logs where project_id = $1`, [projectId])).rows[0].n;
    const before = await logs();

    expect((await call([done], 'reached')).error).toMatchObject({ code: '22023', message: expect.stringMatching(/not all scheduled phone calls/) });
    expect((await call([second, third], 'reached')).error).toMatchObject({ code: '22023', message: expect.stringMatching(/not all of the same owner/) });
    expect((await call([second], 'promise')).error).toMatchObject({ code: '22023', message: expect.stringMatching(/needs its date/) });
    expect((await call([second], 'reached', '2046-05-05')).error).toMatchObject({ code: '22023', message: expect.stringMatching(/only a promise has one/) });
    expect((await call([second], 'promise', '2046-04-19')).error).toMatchObject({ code: '22023', message: expect.stringMatching(/before the call/) });
    expect((await call([second], 'maybe')).error).toMatchObject({ code: '22023' });
    // A manager of another project of the same company sees neither the task nor may record it.
    expect((await call([second], 'reached', null, await signedIn('manager@htya.demo'))).error).toMatchObject({ code: '42501' });

    expect(await logs()).toBe(before);
    const { rows } = await db.query(`select status::text from dunning_actions where id = any($1)`, [[second, third]]);
    expect(rows).toEqual([{ status: 'scheduled' }, { status: 'scheduled' }]);
  });
});

