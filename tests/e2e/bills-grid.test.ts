// The bills grid in headless Chromium against the real stack, with Excel habits: the manager of 锦绣花园 pastes a
// block copied from a spreadsheet, undoes and redoes it, types a value and fills it down with Ctrl+D, reads the
// selection's sum, saves — and meets a colleague's newer save of one of the bills: nothing is saved, both values
// are shown, and after dropping that bill's edit the rest saves as one batch. Bills of jxhy in 2032 Q1 (no
// other test uses that quarter).
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { LOGINS } from '../integration/rls/expected.js';

const ui = useConsole();
const bills = new Map<string, string>(); // room_no → bill id

beforeAll(async () => {
  const db = await superuser();
  try {
    const { rows } = await db.query<{ id: string; room_no: string }>(
      `insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal, due_date)
       select p.id, u.id, f.id, '2032-01-01', '2032-03-31', 100.00, '2032-01-10'
         from projects p join units u on u.project_id = p.id join fee_items f on f.project_id = p.id and f.code = 'mgmt'
        where p.code = 'jxhy' and u.id in (select id from units where project_id = p.id order by room_no limit 6)
       returning id, (select room_no from units where id = unit_id)`);
    for (const r of rows) bills.set(r.room_no, r.id);
  } finally {
    await db.end();
  }
});

const cell = (page: Page, row: number, col: string) => page.locator(`[data-testid="bills-grid"] .ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);
const text = async (page: Page, row: number, col: string) => (await cell(page, row, col).innerText()).trim();
/** The grid redraws on its next frame: read until the cells say what they should. */
const cells = (page: Page, at: ReadonlyArray<readonly [number, string]>) => expect.poll(() => Promise.all(at.map(([row, col]) => text(page, row, col))));

/** Pastes text as Excel puts it on the clipboard, into the focused cell. */
async function paste(page: Page, tsv: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, tsv);
}

async function discountsInDb(): Promise<Map<string, string>> {
  const db = await superuser();
  try {
    const { rows } = await db.query<{ id: string; discount: string }>(`select id, discount::text from bills where id = any($1)`, [[...bills.values()]]);
    return new Map(rows.map((r) => [r.id, r.discount]));
  } finally {
    await db.end();
  }
}

describe('the bills grid', () => {
  test('paste, undo, fill down, save — and a conflict with a colleague that saves nothing', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, LOGINS.manager, { viewport: { width: 1600, height: 1000 } });
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/billing/bills`);
    await page.getByTestId('bills-quarter').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2032-Q1');
    await page.keyboard.press('Enter');
    await page.getByTestId('bills-grid').waitFor();
    await expect.poll(() => page.getByTestId('bills-summary').innerText()).toContain('共 6 张');

    // A 2×2 block from a spreadsheet, pasted at the first row's discount: discount and surcharge of two rows.
    await cell(page, 0, 'discount').click();
    await paste(page, '10.00\t1.50\r\n20.00\t2.50\r\n');
    await cells(page, [[0, 'discount'], [0, 'surcharge'], [1, 'discount'], [1, 'surcharge']]).toEqual(['¥10.00', '¥1.50', '¥20.00', '¥2.50']);
    await cells(page, [[0, 'total_due']]).toEqual(['¥91.50']); // 100 − 10 + 1.50, before saving
    await expect.poll(() => page.getByTestId('bills-dirty').innerText()).toContain('4');

    await page.keyboard.press('Control+z');
    await cells(page, [[0, 'discount'], [1, 'surcharge']]).toEqual(['¥0.00', '¥0.00']);
    await expect.poll(() => page.getByTestId('bills-dirty').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await cells(page, [[1, 'discount']]).toEqual(['¥20.00']);
    await page.keyboard.press('Control+z');
    await cells(page, [[1, 'discount']]).toEqual(['¥0.00']);

    // Text a field refuses never reaches the cell.
    await cell(page, 0, 'discount').click();
    await paste(page, '12.345');
    await expect.poll(() => cell(page, 0, 'discount').getAttribute('class')).toContain('fg-invalid');
    expect(await text(page, 0, 'discount')).toBe('¥0.00');

    // Type a value, then fill it down over four rows with Ctrl+D; the status bar sums the selection.
    await cell(page, 0, 'discount').click();
    await page.keyboard.type('5.5');
    await page.keyboard.press('Enter');
    await cell(page, 0, 'discount').click();
    await cell(page, 3, 'discount').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+d');
    await cells(page, [[0, 'discount'], [1, 'discount'], [2, 'discount'], [3, 'discount']]).toEqual(['¥5.50', '¥5.50', '¥5.50', '¥5.50']);
    await expect.poll(() => page.getByTestId('bills-summary-sum').innerText()).toContain('¥22.00');
    await expect.poll(() => page.getByTestId('bills-dirty').innerText()).toContain('4');

    // Meanwhile a colleague saves a discount on the third row's bill.
    const theirs = bills.get(await text(page, 2, 'room_no'))!;
    const db = await superuser();
    try {
      await db.query(`update bills set discount = 1.00 where id = $1`, [theirs]);
    } finally {
      await db.end();
    }

    await page.getByTestId('bills-save').click();
    await page.getByTestId('bills-save-reason').fill('空置房减免（测试）');
    await page.getByTestId('bills-save-confirm').click();
    const conflicts = page.getByTestId('bills-conflicts');
    await conflicts.waitFor();
    expect(await conflicts.innerText()).toMatch(/5\.50\s+1\.00/);
    const before = await discountsInDb();
    expect([...before.entries()].filter(([id]) => id !== theirs).every(([, d]) => d === '0.00')).toBe(true);

    // Dropping the conflicting edit leaves the other three pending; they save as one batch.
    await page.getByTestId('bills-take-theirs').click();
    await cells(page, [[2, 'discount']]).toEqual(['¥1.00']);
    await expect.poll(() => page.getByTestId('bills-dirty').innerText()).toContain('3');
    await page.getByTestId('bills-save').click();
    await page.getByTestId('bills-save-reason').fill('空置房减免（测试）');
    await page.getByTestId('bills-save-confirm').click();
    await expect.poll(() => page.getByTestId('bills-dirty').count()).toBe(0);
    const after = await discountsInDb();
    const saved = [0, 1, 3].map(async (row) => after.get(bills.get(await text(page, row, 'room_no'))!));
    expect(await Promise.all(saved)).toEqual(['5.50', '5.50', '5.50']);
    expect(after.get(theirs)).toBe('1.00');

    // Export what the grid shows: the same rows in the same order, amounts as numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bills-export').click()]);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'array' });
    const table = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(table).toHaveLength(6);
    expect(table.map((r) => r['房号'])).toEqual(await Promise.all([0, 1, 2, 3, 4, 5].map((row) => text(page, row, 'room_no'))));
    expect(table.slice(0, 4).map((r) => r['减免'])).toEqual([5.5, 5.5, 1, 5.5]);
  });
});
