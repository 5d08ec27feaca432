// 应收明细表 in headless Chromium against the real stack: the manager of 翠湖苑 picks 2036 Q1, reads each unit's
// figures and the 合计 row, and exports the office's xlsx. Bills of chy in 2036 (no other test bills them),
// inserted by hand and removed afterwards.
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';

const ui = useConsole();
let rooms: string[] = [];
let billIds: string[] = [];

beforeAll(async () => {
  const db = await superuser();
  try {
    // Two units: ¥1,234.50 − 34.50 with ¥100.00 of arrears and ¥1.25 late fee, and ¥88.80.
    const { rows } = await db.query<{ id: string; room_no: string }>(
      `with chosen as (
         select u.id, u.project_id, u.room_no, row_number() over (order by u.room_no) as n
           from units u join projects p on p.id = u.project_id where p.code = 'chy' order by u.room_no limit 2)
       insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal, discount, arrears_carried, late_fee)
       select c.project_id, c.id, f.id, '2036-01-01', '2036-03-31',
              case c.n when 1 then 1234.50 else 88.80 end, case c.n when 1 then 34.50 else 0 end,
              case c.n when 1 then 100.00 else 0 end, case c.n when 1 then 1.25 else 0 end
         from chosen c join fee_items f on f.project_id = c.project_id and f.code = 'mgmt'
       returning id, (select room_no from units where id = unit_id)`);
    billIds = rows.map((r) => r.id);
    rooms = rows.map((r) => r.room_no).sort();
  } finally {
    await db.end();
  }
});

afterAll(async () => {
  const db = await superuser();
  try {
    await db.query(`delete from bills where id = any ($1)`, [billIds]);
  } finally {
    await db.end();
  }
});

describe('the receivable statement', () => {
  test('a quarter on screen with its 合计 row, and as xlsx', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, 'manager@chy.demo', { viewport: { width: 1600, height: 1000 } });
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/billing/statement`);
    // 季度 is the default cycle.
    await page.getByTestId('statement-period').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2036-Q1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('statement-period-text').innerText()).toBe('2036-01-01 至 2036-03-31，共 2 户');

    const cells = async (selector: string) => (await page.locator(selector).first().locator('td').allInnerTexts()).map((t) => t.trim());
    await expect.poll(() => cells(`[data-testid="statement-table"] tr[data-row-key]`)).toEqual(
      ['1', rooms[0], '—', expect.any(String), '—', '¥1,200.00', '¥100.00', '¥1.25', '¥1,301.25']);
    expect((await cells('[data-testid="statement-totals"]')).slice(5)).toEqual(['¥1,288.80', '¥100.00', '¥1.25', '¥1,390.05']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statement-export').click()]);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'array' });
    const sheet = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null });
    expect(String(sheet[0]![0])).toMatch(/应收明细表（2036-01-01 至 2036-03-31）$/);
    expect(sheet[1]).toEqual(['编号', '房号', '业主姓名', '房屋面积', '管理费标准', '应收金额', '上期欠费', '滞纳金', '本期应收']);
    expect(sheet.slice(2).map((r) => r[1])).toEqual([...rooms, null]);
    expect(sheet[4]).toEqual(['合计', null, null, expect.any(Number), null, 1288.8, 100, 1.25, 1390.05]);
  });
});
