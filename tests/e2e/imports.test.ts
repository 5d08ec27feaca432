// xlsx import in headless Chromium against the real stack: the jxhy manager uploads meter readings. A file
// with a formula is refused naming the cell; a file with a bad value and an unknown room lists both problems
// (one found by the worker's field check, one by the database's dry run) and offers no import; the corrected
// file shows what it will do and imports both rows in one go. Readings dated 2042 of the last room's
// electricity meter: no other test touches them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { LOGINS } from '../integration/rls/expected.js';

const ui = useConsole();
let meter: { id: string; room: string; last: string };

beforeAll(async () => {
  const db = await superuser();
  try {
    meter = (await db.query<typeof meter>(
      `select m.id, u.room_no as room, (select max(reading)::text from meter_readings r where r.meter_id = m.id) as last
         from meters m join units u on u.id = m.unit_id join projects p on p.id = m.project_id
        where p.code = 'jxhy' and m.kind = 'electricity' order by u.room_no desc limit 1`)).rows[0]!;
  } finally {
    await db.end();
  }
});

afterAll(async () => {
  const db = await superuser();
  try {
    await db.query(`delete from meter_readings where meter_id = $1 and read_on >= '2042-01-01'`, [meter.id]);
  } finally {
    await db.end();
  }
});

function workbook(rows: unknown[][], patch?: (sheet: XLSX.WorkSheet) => void): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  patch?.(sheet);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '导入数据');
  return Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

async function readingsInDb(): Promise<Array<{ read_on: string; reading: string; source: string }>> {
  const db = await superuser();
  try {
    return (await db.query(`select read_on::text, reading::text, source from meter_readings where meter_id = $1 and read_on >= '2042-01-01' order by read_on`, [meter.id])).rows;
  } finally {
    await db.end();
  }
}

describe('xlsx import', () => {
  test('refuses a formula, lists every problem of a bad file, imports the corrected one whole', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, LOGINS.manager);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/imports`);
    await page.getByText('抄表读数').first().waitFor();

    const header = ['房号', '表类型', '抄表日期', '本次读数'];
    const first = (Number(meter.last) + 10).toFixed(1);
    const second = (Number(meter.last) + 25).toFixed(1);

    await upload(page, 'formula.xlsx', workbook([header, [meter.room, '电表', '2042-01-25', first]], (sheet) => {
      sheet['D2'] = { t: 'n', v: Number(first), f: 'C2*2' };
    }));
    await expect.poll(() => page.getByTestId('import-refused').innerText()).toContain('单元格 D2 含有公式');

    await upload(page, 'bad.xlsx', workbook([header, [meter.room, '电表', '2042-01-25', '12,3x'], ['NO-SUCH-ROOM', '电表', '2042-02-25', second]]));
    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    const issueText = await issues.innerText();
    expect(issueText).toMatch(/2\s+本次读数\s+请输入数字/);
    expect(issueText).toMatch(/3\s+房号\s+房号 NO-SUCH-ROOM 不存在/);
    expect(await page.getByTestId('import-commit').count()).toBe(0);
    expect(await readingsInDb()).toEqual([]);

    await upload(page, 'good.xlsx', workbook([header, [meter.room, '电表', '2042-01-25', first], [meter.room, '电表', '2042-02-25', second]]));
    await expect.poll(() => page.getByTestId('import-would').innerText()).toContain('新增 2');
    expect(await page.getByTestId('import-preview').innerText()).toContain(meter.room);
    await page.getByTestId('import-commit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('import-done').innerText()).toContain('新增 2');
    expect(await readingsInDb()).toEqual([
      { read_on: '2042-01-25', reading: Number(first).toFixed(3), source: 'import' },
      { read_on: '2042-02-25', reading: Number(second).toFixed(3), source: 'import' },
    ]);
  });

  test('a template downloads with the kind’s columns; finance is offered only bill adjustments', { timeout: 60_000 }, async () => {
    const page = await signIn(ui.app, LOGINS.finance);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/imports`);
    await page.getByText('账单调整').first().waitFor();
    expect(await page.getByTestId('import-kinds').locator('.ant-segmented-item').allInnerTexts()).toEqual(['账单调整']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载模板' }).click()]);
    const book = XLSX.read(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['导入数据', '填写说明']);
    expect(XLSX.utils.sheet_to_json(book.Sheets['导入数据']!, { header: 1 })[0]).toEqual(['房号*', '收费项目*', '计费期*', '调整项目*', '调整后金额/日期*', '调整原因*']);
  });
});
