// Billing runs in headless Chromium against the real local stack: finance of 锦绣花园 (jxhy) starts a run for
// 2030 Q1 from the console, follows it to the end, and reads what it did — the created count and receivable
// against the bills in the database, and the units it could not bill (no meter readings in 2030) in the run's
// details; then the same in English. A cashier gets no button to start a run. No other test bills jxhy in 2030.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { formatMoney } from '../../web/src/fields/money.js';
import { LOGINS } from '../integration/rls/expected.js';

const PROJECT = 'jxhy';
const Q1_2030 = { start: '2030-01-01', end: '2030-03-31' };

const ui = useConsole();

interface RunInDb {
  status: string;
  error: string | null;
  units_total: number;
  units_done: number;
  requester: string;
  error_count: number;
  errors: Array<{ roomNo: string; feeItem: string; message: string }>;
}

/** What the database says about the run and the bills of the period. */
async function fromDatabase(runId: string) {
  const db = await superuser();
  try {
    const run = (await db.query<RunInDb>(
      `select r.status::text as status, r.error, r.units_total, r.units_done, s.full_name as requester,
              (r.stats->>'errorCount')::int as error_count, r.stats->'errors' as errors
         from billing_runs r left join staff s on s.user_id = r.requested_by where r.id = $1`, [runId])).rows[0]!;
    const bills = (await db.query<{ n: string; receivable: string }>(
      `select count(*) as n, coalesce(sum(b.principal - b.discount + b.surcharge + b.late_fee), 0)::text as receivable
         from bills b join projects p on p.id = b.project_id
        where p.code = $1 and b.period_start between $2 and $3`, [PROJECT, Q1_2030.start, Q1_2030.end])).rows[0]!;
    const units = (await db.query<{ n: string }>(
      `select count(*) as n from units u join projects p on p.id = u.project_id
        where p.code = $1 and u.created_at < (select started_at from billing_runs where id = $2)`, [PROJECT, runId])).rows[0]!;
    const rooms = new Set((await db.query<{ room_no: string }>(
      `select u.room_no from units u join projects p on p.id = u.project_id where p.code = $1`, [PROJECT])).rows.map((r) => r.room_no));
    const feeItemNames = new Map((await db.query<{ code: string; name_zh: string }>(
      `select f.code, f.name_zh from fee_items f join projects p on p.id = f.project_id where p.code = $1`, [PROJECT])).rows.map((r) => [r.code, r.name_zh]));
    return { run, bills: Number(bills.n), receivable: bills.receivable, unitsBeforeRun: Number(units.n), rooms, feeItemNames };
  } finally {
    await db.end();
  }
}

async function startRun(page: Page): Promise<void> {
  await page.getByTestId('new-billing-run').click();
  // 季度 is the default cycle; the period picker takes 2030 Q1.
  await page.getByTestId('run-period').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2030-Q1');
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('run-period-text').innerText()).toContain(`${Q1_2030.start} 至 ${Q1_2030.end}`);
  // Every fee item is chosen by default.
  expect(await page.getByTestId('run-fee-items').innerText()).toMatch(/物业管理费[\s\S]*停车费/);
  await page.getByTestId('run-submit').click();
  // Either the form closes, or it says why the run did not start.
  const refusal = page.getByTestId('run-error');
  const refused = refusal.waitFor().then(async () => refusal.innerText(), () => null); // never left unhandled
  await Promise.race([
    page.getByTestId('run-submit').waitFor({ state: 'detached' }),
    refused.then((text) => (text === null ? new Promise<never>(() => undefined) : Promise.reject(new Error(`run refused: ${text}`)))),
  ]);
}

describe('billing runs', () => {
  test('finance starts a run for 2030 Q1, follows it to the end and reads what it billed and could not bill', async () => {
    const page = await signIn(ui.app, LOGINS.finance, { viewport: { width: 1600, height: 1000 } });
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/billing/runs`);
    await startRun(page);

    const row = page.locator(`[data-testid="billing-run-row"][data-period-start="${Q1_2030.start}"]`).first();
    await row.waitFor();
    const runId = (await row.getAttribute('data-run-id'))!;
    // Newest first: the run just started heads the list.
    expect(await page.getByTestId('billing-run-row').first().getAttribute('data-run-id')).toBe(runId);
    // The page follows the run by itself until it ends (no reload).
    await row.locator('[data-testid="run-status"][data-status="succeeded"], [data-testid="run-status"][data-status="failed"]').waitFor({ timeout: 240_000 });

    const truth = await fromDatabase(runId);
    expect(truth.run.status, truth.run.error ?? '').toBe('succeeded');
    expect(await row.getByTestId('run-status').innerText()).toBe('已完成');
    // Other test files add and remove units of jxhy meanwhile: the run covers what it counted when it started,
    // at least every unit that existed before it started and still exists.
    expect(truth.run.units_done).toBe(truth.run.units_total);
    expect(truth.run.units_total).toBeGreaterThanOrEqual(truth.unitsBeforeRun);
    expect(await row.getByTestId('run-progress').innerText()).toContain(`${truth.run.units_total} / ${truth.run.units_total} 户`);
    expect(truth.bills).toBeGreaterThan(0);
    expect(Number(await row.getByTestId('run-created').innerText())).toBe(truth.bills);
    expect(await row.getByTestId('run-receivable').innerText()).toBe(formatMoney(truth.receivable));
    expect(await row.getByTestId('run-scope').innerText()).toContain('全部收费项目');
    await row.getByText(truth.run.requester).waitFor();
    expect(truth.run.error_count).toBeGreaterThan(0);
    expect(Number(await row.getByTestId('run-error-count').innerText())).toBe(truth.run.error_count);

    // The details: units whose water and electricity could not be billed, by room, with the reason.
    await row.getByTestId('run-details').click();
    const drawer = page.locator(`[data-testid="run-drawer"][data-run-id="${runId}"]`);
    await drawer.waitFor();
    const errorRows = drawer.getByTestId('run-error-row');
    await errorRows.first().waitFor();
    const shown = await errorRows.allInnerTexts();
    expect(shown.length).toBe(Math.min(20, truth.run.errors.length));
    shown.forEach((text, i) => {
      const error = truth.run.errors[i]!;
      expect(truth.rooms.has(error.roomNo)).toBe(true);
      expect(['water', 'electricity']).toContain(error.feeItem);
      expect(text).toContain(error.roomNo);
      expect(text).toContain(truth.feeItemNames.get(error.feeItem));
      expect(text).toContain('no readings');
    });
    expect(await drawer.innerText()).toContain(`共 ${truth.run.error_count} 条`);

    // In English.
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('lang-switch').getByText('English').click();
    await row.getByText('Succeeded').waitFor();
    expect(await row.getByTestId('run-progress').innerText()).toContain(`${truth.run.units_total} / ${truth.run.units_total} units`);
    expect(await row.getByTestId('run-scope').innerText()).toContain('All fee items');
    await row.getByTestId('run-details').click();
    await drawer.getByText(`Calculation errors (${truth.run.error_count} in total)`).waitFor();
    expect(await drawer.getByTestId('run-error-row').first().innerText()).toMatch(/Water|Electricity/);
    await page.context().close();
  }, 360_000);

  test('a cashier reads the runs but gets no button to start one', async () => {
    const page = await signIn(ui.app, LOGINS.cashier);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/billing/runs`);
    await page.getByTestId('billing-run-table').waitFor();
    expect(await page.getByTestId('new-billing-run').count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
