// 停车交班 in headless Chromium against the real stack: a temporary attendant (cashier role) of chy pastes the
// day's takings for two parking spaces of this file's own (approved parking bills of 2047, no other test uses
// them), sees a bad line named, the exact total and the cash difference that needs a reason, and hands over:
// every line is posted as a receipted payment and the handover is listed with its receipt numbers.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { withSuperuser as db } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { DEMO_PASSWORD, type DemoUser } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const ui = useConsole();
const ATTENDANT: DemoUser = { email: 'attendant.e2e@chy.test', password: DEMO_PASSWORD, full_name: '褚收费员', phone: '13900002047', role: 'cashier', company: 'jinxiu', project: 'chy' };
let fixture: { attendantId: string; bills: Map<string, string> };

beforeAll(async () => {
  const { apiUrl, serviceRoleKey } = inject('stack');
  fixture = await db(async (sql) => {
    await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), sql, [ATTENDANT]);
    const attendantId = (await sql.query<{ id: string }>(`select id from auth.users where email = $1`, [ATTENDANT.email])).rows[0]!.id;
    const { rows: [p] } = await sql.query<{ id: string; unit: string; fee: string }>(
      `select p.id, (select u.id from units u where u.project_id = p.id order by u.room_no limit 1) as unit,
              (select f.id from fee_items f where f.project_id = p.id and f.category = 'parking' limit 1) as fee
         from projects p where p.code = 'chy'`);
    const bills = new Map<string, string>();
    // One unit's parking bills, a month per space (a bill is unique per unit, fee item and period).
    for (const [i, code] of ['PE-1', 'PE-2'].entries()) {
      const owner = (await sql.query<{ id: string }>(`insert into owners (project_id, name) values ($1, $2) returning id`, [p!.id, `交班车主${code}`])).rows[0]!.id;
      await sql.query(`insert into parking_spaces (project_id, code, kind, owner_id) values ($1, $2, 'rented', $3)`, [p!.id, code, owner]);
      bills.set(code, (await sql.query<{ id: string }>(
        `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
         values ($1, $2, $3, $4, $5::date, ($5::date + interval '1 month - 1 day')::date, 300, $5::date + 9, 'approved') returning id`,
        [p!.id, p!.unit, owner, p!.fee, `2047-0${i + 1}-01`])).rows[0]!.id);
    }
    return { attendantId, bills };
  });
});

afterAll(async () => {
  await db((sql) => sql.query(`delete from auth.users where id = $1`, [fixture.attendantId]));
});

describe('parking handover', () => {
  test('an attendant pastes the takings, explains the shortfall and hands over: each line gets its receipt', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, ATTENDANT.email);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/cashier/parking-handover`);
    const lines = page.getByTestId('handover-lines');
    await lines.fill('PE-1\t300\nPE-2\t12.345');
    await expect.poll(() => page.getByTestId('handover-problems').innerText()).toContain('第 2 行：PE-2: 最多 2 位小数');
    await lines.fill('PE-1\t300\nPE-2\t150');
    await expect.poll(() => page.getByTestId('handover-total').innerText()).toBe('¥450.00');
    await page.getByTestId('handover-counted').fill('440');
    await expect.poll(() => page.getByTestId('handover-variance').innerText()).toBe('-¥10.00');
    expect(await page.getByTestId('handover-submit').isDisabled()).toBe(true);
    await page.getByTestId('handover-reason').fill('找零短缺');
    await page.getByTestId('handover-submit').click();
    await expect.poll(() => page.getByTestId('handover-list').innerText(), { timeout: 30_000 }).toMatch(/PE-1 ¥300\.00（\d{8}）；PE-2 ¥150\.00（\d{8}）/);
    expect(await page.getByTestId('handover-list').innerText()).toContain('找零短缺');

    const inDb = await db(async (sql) => ({
      paid: (await sql.query<{ paid: string }>(`select paid::text from bills where id = any($1) order by paid desc`, [[...fixture.bills.values()]])).rows.map((r) => r.paid),
      handover: (await sql.query(`select collected::text, cash_handed::text, variance::text from parking_handovers where attendant_id = $1`, [fixture.attendantId])).rows,
    }));
    expect(inDb).toEqual({ paid: ['300.00', '150.00'], handover: [{ collected: '450.00', cash_handed: '440.00', variance: '-10.00' }] });
  });
});
