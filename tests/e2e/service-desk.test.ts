// The service desk (客服) in headless Chromium against the real stack's demo data (jxhy). The agent takes a phone
// request for a jxhy unit found by its room number and dispatches it to engineering, to 孙建军; the engineer signs in,
// finds it in 我的派工单 and reports arrival and completion with a note; the agent calls back with 5 stars; the 服务看板
// for today counts it. Other test files may take requests in jxhy too: the dashboard's figures are checked against
// service_stats read at the same time, and the request's own effect against the figures from before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type pg from 'pg';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';

const ui = useConsole();
const AGENT = 'agent@jxhy.demo';
const ENGINEER = 'engineer@jxhy.demo';

interface Totals {
  readonly requests: number;
  readonly callbacks_due: number;
  readonly called_back: number;
  readonly rated: number;
  readonly satisfied: number;
}

let db: pg.Client;
let projectId: string;
let room: string;
let owner: string;
let engineerId: string;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Today's service_stats of jxhy summed over the categories (the dashboard's 合计 row). */
async function totals(): Promise<Totals> {
  const { rows } = await db.query<Totals>(
    `select coalesce(sum(requests), 0)::int as requests, coalesce(sum(callbacks_due), 0)::int as callbacks_due,
            coalesce(sum(called_back), 0)::int as called_back, coalesce(sum(rated), 0)::int as rated, coalesce(sum(satisfied), 0)::int as satisfied
       from public.service_stats($1, $2, $2, 'category')`, [projectId, today]);
  return rows[0]!;
}

const percent = (part: number, whole: number) => `${(Math.round((10_000 * part) / whole) / 100).toFixed(2)}%`;

beforeAll(async () => {
  db = await superuser();
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
  // The demo seed writes projects with triggers off, so they miss the default categories a new project gets.
  await db.query(`select private.add_default_service_categories($1)`, [projectId]);
  // A unit with a current owner whose room number names it alone.
  const unit = (await db.query<{ room_no: string; name: string }>(
    `select u.room_no, o.name from units u
       join unit_ownerships w on w.project_id = u.project_id and w.unit_id = u.id and w.to_date is null
       join owners o on o.project_id = w.project_id and o.id = w.owner_id
      where u.project_id = $1
        and (select count(*) from units x where x.project_id = u.project_id and x.room_no like '%' || u.room_no || '%') = 1
      order by u.room_no limit 1`, [projectId])).rows[0]!;
  room = unit.room_no;
  owner = unit.name;
  engineerId = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [ENGINEER])).rows[0]!.id;
}, 120_000);

afterAll(async () => db?.end());

async function open(page: Page, path: string): Promise<void> {
  await page.waitForSelector('[data-testid="project-switcher"]');
  await page.goto(`${ui.app.url}${path}`);
}

let agent: Page;
let requestNo: number;
let before: Totals;

describe('the service desk', () => {
  test('the agent takes a phone repair request for a unit found by its room number and dispatches it to engineering', { timeout: 240_000 }, async () => {
    before = await totals();
    agent = await signIn(ui.app, AGENT, { viewport: { width: 1400, height: 1000 } });
    await open(agent, '/service/intake');
    await agent.getByTestId('service-intake-owner').locator('.ant-select').click();
    await agent.keyboard.type(room);
    await agent.locator('.ant-select-item-option').filter({ hasText: `${owner}（${room}` }).first().click();
    await agent.getByTestId('service-intake-category').locator('.ant-select').click();
    await agent.locator('.ant-cascader-menu-item').filter({ hasText: /^报修$/ }).click();
    await agent.locator('.ant-cascader-menu-item').filter({ hasText: /^水电维修$/ }).click();
    await agent.keyboard.press('Escape');
    await agent.getByTestId('service-intake-description').fill('卫生间灯不亮，开关无反应');
    await agent.getByTestId('service-intake-submit').click();
    const created = await agent.getByTestId('service-created-no').innerText({ timeout: 30_000 });
    requestNo = Number(/单号 (\d+)/.exec(created)![1]);
    const request = (await db.query(`select r.status::text, r.channel::text, r.department::text, u.room_no, o.name
       from service_requests r join units u on u.id = r.unit_id join owners o on o.id = r.owner_id
      where r.project_id = $1 and r.request_no = $2`, [projectId, requestNo])).rows;
    // a phone request is accepted as it is taken
    expect(request).toEqual([{ status: 'accepted', channel: 'phone', department: 'engineering', room_no: room, name: owner }]);

    await open(agent, '/service/desk');
    const row = agent.locator(`[data-testid="service-row"][data-request-no="${requestNo}"]`);
    expect(await row.getByTestId('service-clock').innerText()).toMatch(/^派工 · 剩/);
    await row.getByTestId('service-open').click();
    await agent.getByTestId('service-step-dispatch').click();
    await agent.getByTestId('service-dispatch-assignee').click();
    await agent.keyboard.type('孙建军');
    await agent.locator('.ant-select-item-option').filter({ hasText: '孙建军' }).first().click();
    await agent.getByTestId('service-dispatch-instructions').fill('检查卫生间照明线路与开关');
    await agent.getByTestId('service-dispatch-save').click();
    await expect.poll(async () => (await db.query(`select status::text, assignee_id from service_requests where project_id = $1 and request_no = $2`,
      [projectId, requestNo])).rows[0]).toEqual({ status: 'dispatched', assignee_id: engineerId });
    await expect.poll(() => agent.getByTestId('service-request').getByTestId('service-status').getAttribute('data-status')).toBe('dispatched');
  });

  test('the engineer sees it in 我的派工单 and reports arrival and completion with a note', { timeout: 240_000 }, async () => {
    const engineer = await signIn(ui.app, ENGINEER, { viewport: { width: 1400, height: 1000 } });
    await open(engineer, '/service/work-orders');
    const row = engineer.locator(`[data-testid="service-order"][data-request-no="${requestNo}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('检查卫生间照明线路与开关');
    await row.getByTestId('service-order-on-site').click();
    await engineer.getByTestId('service-step-on_site-save').click();
    await expect.poll(() => row.getByTestId('service-status').getAttribute('data-status')).toBe('on_site');
    await row.getByTestId('service-order-done').click();
    await engineer.getByTestId('service-step-done-note').fill('更换开关，灯已恢复');
    await engineer.getByTestId('service-step-done-save').click();
    await expect.poll(() => row.count()).toBe(0);
    const done = (await db.query(`select status::text, resolution, on_site_at is not null as on_site from service_requests where project_id = $1 and request_no = $2`,
      [projectId, requestNo])).rows;
    expect(done).toEqual([{ status: 'done', resolution: '更换开关，灯已恢复', on_site: true }]);
    await engineer.context().close();
  });

  test('the agent calls back with 5 stars and today’s 服务看板 counts the request', { timeout: 240_000 }, async () => {
    await open(agent, '/service/callbacks');
    const row = agent.locator(`[data-testid="service-row"][data-request-no="${requestNo}"]`);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('service-call-back').click();
    await agent.locator('.ant-rate-star').nth(4).click();
    await agent.getByTestId('service-callback-comment').fill('很满意，师傅很专业');
    await agent.getByTestId('service-callback-save').click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await db.query(`select status::text, satisfaction from service_requests where project_id = $1 and request_no = $2`, [projectId, requestNo])).rows)
      .toEqual([{ status: 'closed', satisfaction: 5 }]);

    const after = await totals();
    expect(after.requests).toBeGreaterThanOrEqual(before.requests + 1);
    expect(after.called_back).toBeGreaterThanOrEqual(before.called_back + 1);
    expect(after.satisfied).toBeGreaterThanOrEqual(before.satisfied + 1);

    await open(agent, '/service/stats');
    await agent.getByTestId('service-stats-range').first().click();
    for (let i = 0; i < 2; i++) {
      await agent.keyboard.press('Control+A');
      await agent.keyboard.type(today);
      await agent.keyboard.press('Enter');
    }
    const total = agent.locator('[data-testid="service-stats-row"][data-key="total"]');
    const cell = (key: string) => total.locator(`[data-cell="${key}"]`).innerText();
    // other files may add requests meanwhile: the page and service_stats are read until they agree
    await expect.poll(async () => {
      const now = await totals();
      return [await cell('requests'), await cell('callback_rate'), await cell('satisfaction_rate')].join(' ')
        === [String(now.requests), percent(now.called_back, now.callbacks_due), percent(now.satisfied, now.rated)].join(' ');
    }).toBe(true);
    await agent.context().close();
  });
});
