// The analytics dashboards in headless Chromium against the real stack. A hand-made 2034 Q1 (no other test uses
// 2034) with known answers: reviewed management bills and their payments in 锦绣花园 (jxhy) and 翠湖苑 (chy).
//
//   jxhy, three units of its last building:  A ¥1,000.00 paid in January;  B ¥500.00, ¥200.00 paid in February and
//            ¥100.00 in April;  C ¥300.00 paid in April.  As of 2034-03-31: ¥1,200.00 of ¥1,800.00 = 66.67 %,
//            one household of three paid in full = 33.33 %.
//   chy, one unit:  ¥800.00, ¥600.00 paid in March = 75.00 %, no household paid in full = 0.00 %.
//   The company: ¥1,800.00 of ¥2,600.00 = 69.23 %.
//
// The HQ analyst opens the HQ dashboard for 2034 Q1 as of its end, reads both projects' rates in the ranking, and
// drills down jxhy → its building → unit B → B's bill. The manager of chy sees chy's dashboard only. The data stays:
// payments and allocations are append-only, and they hold their bills.
import { beforeAll, describe, expect, test } from 'vitest';
import type pg from 'pg';
import type { Page } from 'playwright-core';
import { withSuperuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';

const ui = useConsole();

interface Unit {
  readonly project_id: string;
  readonly id: string;
  readonly room_no: string;
  readonly building_id: string;
  readonly owner_id: string | null;
}

const projects: Record<'jxhy' | 'chy', string> = { jxhy: '', chy: '' };
let jxhyUnits: Unit[] = [];
let billB = '';

/** The last `count` seeded rooms of the project's last seeded building (other test files add buildings and rooms). */
async function lastUnits(db: pg.Client, code: string, count: number): Promise<Unit[]> {
  const { rows } = await db.query<Unit>(
    `select u.project_id, u.id, u.room_no, u.building_id,
            (select uo.owner_id from unit_ownerships uo where uo.project_id = u.project_id and uo.unit_id = u.id and uo.to_date is null) as owner_id
       from units u
      where u.building_id = (select b.id from buildings b join projects p on p.id = b.project_id
                              where p.code = $1 and b.code ~ '^[0-9]+$' order by b.code::int desc limit 1)
        and u.room_no ~ '^[0-9]+-[0-9]+-[0-9]+$'
      order by u.room_no desc limit $2`, [code, count]);
  if (rows.length < count) throw new Error(`${code} has fewer than ${count} seeded rooms in its last building`);
  return rows;
}

/** A reviewed management bill for 2034 Q1, due on 10 January. */
async function bill(db: pg.Client, unit: Unit, principal: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
     select $1, $2, $3, f.id, '2034-01-01', '2034-03-31', $4, '2034-01-10', 'approved'
       from fee_items f where f.project_id = $1 and f.code = 'mgmt'
     returning id`, [unit.project_id, unit.id, unit.owner_id, principal]);
  return rows[0]!.id;
}

/** A cash payment toward one bill at 10:00 on `day` in the project's time zone, as the cashier desk records it. */
async function pay(db: pg.Client, unit: Unit, billId: string, amount: string, day: string): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    `insert into payments (project_id, owner_id, unit_id, amount, method, idempotency_key, paid_at)
     values ($1, $2, $3, $4, 'cash', $5, ($6::date + time '10:00') at time zone 'Asia/Shanghai') returning id`,
    [unit.project_id, unit.owner_id, unit.id, amount, `analytics-e2e-${billId}-${day}`, day]);
  await db.query(`insert into payment_allocations (project_id, payment_id, bill_id, amount) values ($1, $2, $3, $4)`, [unit.project_id, rows[0]!.id, billId, amount]);
  await db.query(`update bills set paid = paid + $2 where id = $1`, [billId, amount]);
}

beforeAll(async () => {
  await withSuperuser(async (db) => {
    jxhyUnits = await lastUnits(db, 'jxhy', 3);
    const [a, b, c] = jxhyUnits as [Unit, Unit, Unit];
    const [d] = (await lastUnits(db, 'chy', 1)) as [Unit];
    projects.jxhy = a.project_id;
    projects.chy = d.project_id;
    const billA = await bill(db, a, '1000.00');
    billB = await bill(db, b, '500.00');
    const billC = await bill(db, c, '300.00');
    const billD = await bill(db, d, '800.00');
    await pay(db, a, billA, '1000.00', '2034-01-05');
    await pay(db, b, billB, '200.00', '2034-02-15');
    // After the as-of date: counted in the bill's paid, not in March's rates.
    await pay(db, b, billB, '100.00', '2034-04-10');
    await pay(db, c, billC, '300.00', '2034-04-02');
    await pay(db, d, billD, '600.00', '2034-03-20');
  });
});

const PERIOD_QUERY = '?kind=quarter&period=2034-01-01&asOf=end';

/** The text of one cell of a dashboard table: its row's key and the column's. */
const cell = (page: Page, table: string, row: string, column: string) =>
  page.locator(`[data-testid="${table}"] tr[data-row-key="${row}"] td[data-col="${column}"]`).innerText();

describe('the analytics dashboards', () => {
  test('HQ ranks the projects for 2034 Q1 as of its end and drills down to a bill', { timeout: 240_000 }, async () => {
    const page = await signIn(ui.app, 'hq.analyst@jinxiu.demo', { viewport: { width: 1600, height: 1000 } });
    // HQ roles land on the HQ dashboard.
    await page.waitForURL((url) => url.pathname === '/analytics');
    await page.getByTestId('analytics-period').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2034-Q1');
    await page.keyboard.press('Enter');
    // A period not over yet is read as of today by default: ask for its end.
    await page.getByTestId('analytics-as-of-end').click();
    await expect.poll(() => page.getByTestId('analytics-view-text').innerText()).toBe('统计期 2034-01-01 至 2034-03-31，截至 2034-03-31');
    expect(page.url()).toContain(PERIOD_QUERY);

    const ranking = 'analytics-projects-table';
    await expect.poll(() => cell(page, ranking, projects.chy, 'current_rate')).toBe('75.00%');
    expect(await cell(page, ranking, projects.jxhy, 'current_rate')).toBe('66.67%');
    expect(await cell(page, ranking, projects.chy, 'rank')).toBe('1');
    expect(await cell(page, ranking, projects.jxhy, 'rank')).toBe('2');
    expect(await cell(page, ranking, projects.jxhy, 'receivable')).toBe('¥1,800.00');
    expect(await cell(page, ranking, projects.jxhy, 'collected')).toBe('¥1,200.00');
    expect(await cell(page, ranking, projects.jxhy, 'household_rate')).toBe('33.33%');
    expect(await cell(page, ranking, projects.chy, 'household_rate')).toBe('0.00%');
    // Both are below the default 95 % target: marked.
    expect(await page.locator(`[data-testid="${ranking}"] tr[data-row-key="${projects.jxhy}"]`).getAttribute('data-below')).toBe('true');
    expect(await page.getByTestId('kpi-current_rate').innerText()).toContain('69.23%');

    // As of today (2026), none of 2034's payments has happened yet.
    await page.getByTestId('analytics-as-of-today').click();
    await expect.poll(() => cell(page, ranking, projects.jxhy, 'current_rate')).toBe('0.00%');
    await page.getByTestId('analytics-as-of-end').click();
    await expect.poll(() => cell(page, ranking, projects.jxhy, 'current_rate')).toBe('66.67%');

    // company → project
    await page.locator(`[data-testid="${ranking}"] tr[data-row-key="${projects.jxhy}"] a`).click();
    await page.waitForURL(`**/analytics/projects/${projects.jxhy}${PERIOD_QUERY}`);
    await expect.poll(() => page.getByTestId('analytics-crumbs').innerText()).toMatch(/总部看板\s*\/\s*锦绣花园/);
    await expect.poll(() => page.getByTestId('kpi-current_rate').innerText()).toContain('66.67%');

    // project → building: only our three units have 2034 bills there.
    const building = jxhyUnits[0]!.building_id;
    await expect.poll(() => cell(page, 'analytics-buildings-table', building, 'current_rate')).toBe('66.67%');
    expect(await cell(page, 'analytics-buildings-table', building, 'household_rate')).toBe('33.33%');
    await page.locator(`[data-testid="analytics-buildings-table"] tr[data-row-key="${building}"] a`).click();
    await page.waitForURL(`**/analytics/projects/${projects.jxhy}/buildings/${building}${PERIOD_QUERY}`);

    // building → units: what each owed in the period and had paid by its end.
    const [a, b] = jxhyUnits as [Unit, Unit, Unit];
    await expect.poll(() => cell(page, 'analytics-units-table', b.id, 'receivable')).toBe('¥500.00');
    expect(await cell(page, 'analytics-units-table', b.id, 'collected')).toBe('¥200.00');
    expect(await cell(page, 'analytics-units-table', b.id, 'paid_in_full')).toBe('否');
    await page.getByTestId('analytics-units-search').fill(a.room_no);
    await expect.poll(() => cell(page, 'analytics-units-table', a.id, 'paid_in_full')).toBe('是');
    await page.getByTestId('analytics-units-search').fill('');

    // unit → its bills: the bill as it stands now (April's ¥100.00 included).
    await page.locator(`[data-testid="analytics-units-table"] tr[data-row-key="${b.id}"] a`).click();
    const bills = 'analytics-unit-bills-table';
    await expect.poll(() => cell(page, bills, billB, 'total_due')).toBe('¥500.00');
    const texts = await page.locator(`[data-testid="${bills}"] tr[data-row-key="${billB}"] td`).allInnerTexts();
    expect(texts.map((t) => t.trim())).toEqual([b.room_no, '物业管理费', '2034-01-01 ~ 2034-03-31', '2034-01-10', '¥500.00', '¥300.00', '¥200.00', '已审核']);
  });

  test('an office manager sees their own project only', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, 'manager@chy.demo', { viewport: { width: 1600, height: 1000 } });
    await page.waitForSelector('[data-testid="project-switcher"]');
    // The HQ dashboard sends office staff to their project's.
    await page.goto(`${ui.app.url}/analytics${PERIOD_QUERY}`);
    await page.waitForURL(`**/analytics/projects/${projects.chy}${PERIOD_QUERY}`);
    await expect.poll(() => page.getByTestId('kpi-current_rate').innerText()).toContain('75.00%');
    expect(await page.locator('aside a[href="/analytics"]').count()).toBe(0);
    expect(await page.locator('aside a[href="/analytics/project"]').count()).toBe(1);
    // Another project's dashboard is not theirs to see.
    await page.goto(`${ui.app.url}/analytics/projects/${projects.jxhy}${PERIOD_QUERY}`);
    await expect.poll(() => page.locator('.ant-result').innerText()).toContain('找不到该项目');
  });
});
