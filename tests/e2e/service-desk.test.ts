// The service desk (客服) in headless Chromium against the real stack's demo data (jxhy). The agent takes a phone
// request for a jxhy unit found by its room number and dispatches it to engineering, to 孙建军; the engineer signs in,
// finds it in 我的派工单 and reports arrival and completion with a note; the agent calls back with 5 stars; the 服务看板
// for today counts it. Other test files may take requests in jxhy too: the dashboard's figures are checked against
// service_stats read at the same time, and the request's own effect against the figures from before.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type pg from 'pg';
import { serviceClient, superuser } from '../support/clients.js';
import { deliverOutbox } from '../../supabase/functions/outbox-deliver/execute.js';
import { formatMoney } from '../../web/src/fields/money.js';
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

  test('the owner’s page tells the whole story: the request with its callback, the bills and the balance', { timeout: 240_000 }, async () => {
    const who = (await db.query<{ owner_id: string; balance: string }>(
      `select r.owner_id,
              (select coalesce(sum(b.balance), 0)::numeric(16,2)::text from bills b
                where b.project_id = r.project_id and b.owner_id = r.owner_id and b.status in ('approved', 'issued') and b.balance > 0) as balance
         from service_requests r where r.project_id = $1 and r.request_no = $2`, [projectId, requestNo])).rows[0]!;
    const page = await signIn(ui.app, AGENT, { viewport: { width: 1400, height: 1000 } });
    await open(page, `/owners/${who.owner_id}/story`);
    await page.getByText(`业主档案：${owner}`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('owner-story-balance').innerText()).toBe(formatMoney(who.balance));
    await page.getByRole('tab', { name: '服务请求' }).click();
    const request = page.getByTestId('owner-story-service').locator('tr', { hasText: String(requestNo) });
    await expect.poll(() => request.innerText()).toContain('卫生间灯不亮');
    expect(await request.innerText()).toContain('满意 ★★★★★ 很满意，师傅很专业');
    await page.context().close();
  });

  test('the agent announces a water cut to one building by SMS and follows its delivery', { timeout: 240_000 }, async () => {
    const building = (await db.query<{ id: string; name: string; owners: number }>(
      `select b.id, b.name,
              (select count(distinct o.id)::int from units u
                 join unit_ownerships w on w.project_id = u.project_id and w.unit_id = u.id and w.to_date is null
                 join owners o on o.project_id = w.project_id and o.id = w.owner_id
                where u.project_id = b.project_id and u.building_id = b.id and o.phone is not null and not ('developer' = any (o.tags))) as owners
         from buildings b join units u on u.project_id = b.project_id and u.building_id = b.id
        where b.project_id = $1 and u.room_no = $2`, [projectId, room])).rows[0]!;
    expect(building.owners).toBeGreaterThan(0);
    const page = await signIn(ui.app, AGENT, { viewport: { width: 1400, height: 1000 } });
    await open(page, '/service/announcements');
    await page.getByTestId('announcement-new').click();
    const title = `停水通知 ${Date.now()}`;
    await page.getByTestId('announcement-title').fill(title);
    await page.getByTestId('announcement-body').fill('明日 9:00–12:00 二次供水水箱清洗，期间停水，请提前储水。');
    await page.getByTestId('announcement-scope').click();
    await page.keyboard.type(building.name);
    await page.locator('.ant-select-item-option').filter({ hasText: building.name }).first().click();
    await page.getByTestId('announcement-submit').click();

    const announced = () => db.query<{ id: string; recipients: number; channels: string[] }>(
      `select id, recipients, channels::text[] from announcements where project_id = $1 and title = $2`, [projectId, title]);
    await expect.poll(async () => (await announced()).rowCount).toBe(1);
    const announcement = (await announced()).rows[0]!;
    expect(announcement).toMatchObject({ recipients: building.owners, channels: ['sms'] });
    const row = page.getByTestId(`announcement-delivery-${announcement.id}`);
    expect(await row.innerText()).toContain(`已发 0 · 待发 ${building.owners} · 失败 0`);

    // The scheduler's delivery, run now (batches of 200, other files' messages among them): the page follows it
    // to the end by itself.
    while ((await deliverOutbox(serviceClient(), { projectId })).claimed > 0);
    await expect.poll(() => row.innerText(), { timeout: 30_000 }).toContain(`已发 ${building.owners} · 待发 0 · 失败 0`);
    await page.context().close();
  });

  test('the manager retimes 水电维修 and adds a sub-category under 报修; the agent cannot change them', { timeout: 240_000 }, async () => {
    const manager = await signIn(ui.app, 'manager@jxhy.demo', { viewport: { width: 1400, height: 1000 } });
    await open(manager, '/service/categories');
    const plumbing = manager.locator('[data-testid="category-row"][data-code="repair.plumbing"]');
    await plumbing.getByTestId('category-edit').click();
    await manager.getByTestId('category-complete_minutes').fill('720');
    await manager.getByTestId('category-save').click();
    await expect.poll(() => plumbing.locator('[data-cell="complete_minutes"]').innerText()).toBe('12小时');
    expect((await db.query(`select complete_minutes from service_categories where project_id = $1 and code = 'repair.plumbing'`, [projectId])).rows)
      .toEqual([{ complete_minutes: 720 }]);

    const name = `门窗维修${Date.now() % 100000}`;
    await manager.locator('[data-testid="category-row"][data-code="repair"]').getByTestId('category-add').click();
    await manager.getByTestId('category-name-zh').fill(name);
    await manager.getByTestId('category-name-en').fill('Doors and windows');
    await manager.getByTestId('category-save').click();
    await expect.poll(() => manager.getByTestId('service-categories').innerText()).toContain(name);
    const added = (await db.query(
      `select c.code like 'repair.%' as coded, c.kind::text, p.code as parent, c.accept_minutes, c.complete_minutes, c.active
         from service_categories c join service_categories p on p.id = c.parent_id where c.project_id = $1 and c.name_zh = $2`, [projectId, name])).rows;
    // a new sub-category starts from its parent's kind and service levels
    expect(added).toEqual([{ coded: true, kind: 'repair', parent: 'repair', accept_minutes: 5, complete_minutes: 1440, active: true }]);
    await manager.context().close();

    const agentPage = await signIn(ui.app, AGENT, { viewport: { width: 1400, height: 1000 } });
    await open(agentPage, '/service/categories');
    await agentPage.getByTestId('service-categories').locator('[data-testid="category-row"]').first().waitFor();
    expect(await agentPage.getByTestId('category-edit').count()).toBe(0);
    await agentPage.context().close();
  });
  test('photos picked at intake are stored with the request as shrunk JPEGs and shown in it; the engineer adds one on site', { timeout: 240_000 }, async () => {
    // A real 40×30 PNG drawn by the browser itself, so the console decodes and re-encodes an actual image.
    const page = await signIn(ui.app, AGENT, { viewport: { width: 1400, height: 1000 } });
    await open(page, '/service/intake');
    const png = Buffer.from(await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#3a7';
      g.fillRect(0, 0, 40, 30);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    }));
    await page.getByTestId('service-intake-category').locator('.ant-select').click();
    await page.locator('.ant-cascader-menu-item').filter({ hasText: /^报修$/ }).click();
    await page.locator('.ant-cascader-menu-item').filter({ hasText: /^水电维修$/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('service-intake-description').fill('楼道灯坏了，附照片');
    await page.locator('.ant-upload input[type=file]').setInputFiles([
      { name: 'hall-1.png', mimeType: 'image/png', buffer: png }, { name: 'hall-2.png', mimeType: 'image/png', buffer: png },
    ]);
    await page.getByTestId('service-intake-submit').click();
    const created = await page.getByTestId('service-created-no').innerText({ timeout: 30_000 });
    const no = Number(/单号 (\d+)/.exec(created)![1]);
    const stored = () => db.query<{ content_type: string; head: string }>(
      `select p.content_type, encode(substring(p.bytes from 1 for 3), 'hex') as head
         from service_photos p join service_requests r on r.project_id = p.project_id and r.id = p.request_id
        where r.project_id = $1 and r.request_no = $2 order by p.taken_at`, [projectId, no]);
    await expect.poll(async () => (await stored()).rows.map((r) => `${r.content_type}:${r.head}`), { timeout: 30_000 })
      .toEqual(['image/jpeg:ffd8ff', 'image/jpeg:ffd8ff']);

    await page.getByTestId('service-created-open').click();
    await expect.poll(() => page.getByTestId('service-photo').count(), { timeout: 30_000 }).toBe(2);
    expect(await page.getByTestId('service-photos').innerText()).toContain('照片（2/9）');
    // the thumbnails are the stored images, decoded by the browser
    await expect.poll(() => page.locator('[data-testid="service-photo"] img').first().evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 30_000 }).toBe(40);

    // Dispatched to engineering (a phone request is accepted as it is taken), the engineer adds a photo from the site.
    const id = (await db.query<{ id: string }>(`select id from service_requests where project_id = $1 and request_no = $2`, [projectId, no])).rows[0]!.id;
    const agentId = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [AGENT])).rows[0]!.id;
    await db.query('begin');
    await db.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: agentId, role: 'authenticated' })]);
    await db.query(`select public.dispatch_request($1, '更换楼道灯', p_department => 'engineering', p_assignee_id => $2)`, [id, engineerId]);
    await db.query('commit');
    const engineer = await signIn(ui.app, ENGINEER, { viewport: { width: 1400, height: 1000 } });
    await engineer.waitForURL(/\/service\/work-orders/, { timeout: 60_000 });
    await engineer.locator(`[data-testid="service-order"][data-request-no="${no}"]`).getByTestId('service-order-open').click();
    await engineer.getByTestId('service-photos-input').setInputFiles([{ name: 'site.png', mimeType: 'image/png', buffer: png }]);
    await expect.poll(() => engineer.getByTestId('service-photo').count(), { timeout: 30_000 }).toBe(3);
    expect((await db.query(`select count(*)::int as n from service_photos where request_id = $1 and taken_by = $2`, [id, engineerId])).rows[0].n).toBe(1);
    await page.context().close();
    await engineer.context().close();
  });
});
