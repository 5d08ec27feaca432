// Payment notices (缴费通知单) in headless Chromium against the real stack. Finance of 锦绣花园 produces the notices
// of one building for 2037 (no other test bills 2037): one per owner, only reviewed bills, the figures and the
// 大写 total of one notice, and a PDF rendered with print media that has one A4 page per notice. Then one owner
// found by room number gives one notice, and an owner whose bills are all drafts gets none, with the reason.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { superuser } from '../support/clients.js';
import { signIn, useConsole } from '../support/browser.js';
import { LOGINS } from '../integration/rls/expected.js';

const ui = useConsole();

interface Fixture {
  building: string;
  /** Owners with reviewed bills in the building = notices expected. */
  owners: number;
  /** Draft bills in the building: not on any notice. */
  drafts: number;
  /** A room whose owner has no other room in the building, and that owner. */
  room: string;
  owner: string;
  /** A room of another owner, in another building, with nothing but a draft. */
  draftRoom: string;
  draftOwner: string;
  phone: string;
}
let fixture: Fixture;

const PERIOD = "period_start between '2037-01-01' and '2037-12-31'";

beforeAll(async () => {
  const db = await superuser();
  try {
    const { rows: [building] } = await db.query<{ id: string; name: string; project_id: string; phone: string }>(
      `select b.id, b.name, b.project_id, p.office_phone as phone from buildings b join projects p on p.id = b.project_id
        where p.code = 'jxhy' and (select count(*) from units u where u.project_id = b.project_id and u.building_id = b.id) >= 4
        order by (select count(*) from units u where u.project_id = b.project_id and u.building_id = b.id), b.code limit 1`);
    if (!building) throw new Error('jxhy has no building with units');
    // Every unit of the building: the management fee approved, January's water paid up and issued (its earlier due
    // date must not count), electricity still a draft.
    await db.query(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, discount, late_fee,
                          arrears_carried, paid, due_date, status)
       select u.project_id, u.id, o.owner_id, f.id, '2037-01-01', a.period_end::date, a.principal, a.discount, a.late_fee,
              a.arrears, a.paid, a.due::date, a.status::public.bill_status
         from units u
         join unit_ownerships o on o.project_id = u.project_id and o.unit_id = u.id and o.to_date is null
         cross join (values ('mgmt', '2037-03-31', 1300.00, 10.00, 5.50, 20.00, 100.00, '2037-01-10', 'approved'),
                            ('water', '2037-01-31', 88.88, 0, 0, 0, 88.88, '2037-01-05', 'issued'),
                            ('electricity', '2037-01-31', 50.00, 0, 0, 0, 0, '2037-01-20', 'draft'))
              as a(code, period_end, principal, discount, late_fee, arrears, paid, due, status)
         join fee_items f on f.project_id = u.project_id and f.code = a.code
        where u.project_id = $1 and u.building_id = $2`, [building.project_id, building.id]);
    const { rows: [counts] } = await db.query<{ owners: number; drafts: number }>(
      `select count(distinct owner_id) filter (where status in ('approved', 'issued'))::int as owners,
              count(*) filter (where status = 'draft')::int as drafts
         from bills where project_id = $1 and ${PERIOD}`, [building.project_id]);
    const { rows: [single] } = await db.query<{ room_no: string; name: string }>(
      `select u.room_no, o.name from bills b join units u on u.id = b.unit_id join owners o on o.id = b.owner_id
        where b.project_id = $1 and b.${PERIOD} and b.status = 'approved' and not ('developer' = any (o.tags))
          and (select count(distinct unit_id) from bills x where x.project_id = b.project_id and x.owner_id = b.owner_id and x.${PERIOD}) = 1
        order by u.room_no limit 1`, [building.project_id]);
    const { rows: [draft] } = await db.query<{ room_no: string; name: string }>(
      `with unit as (
         select u.id, u.room_no, o.owner_id from units u
           join unit_ownerships o on o.project_id = u.project_id and o.unit_id = u.id and o.to_date is null
           join owners ow on ow.id = o.owner_id
          where u.project_id = $1 and u.building_id <> $2 and not ('developer' = any (ow.tags))
            and not exists (select 1 from bills x where x.project_id = $1 and x.owner_id = o.owner_id and x.${PERIOD})
          order by u.room_no limit 1),
       added as (
         insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date)
         select $1, unit.id, unit.owner_id, f.id, '2037-01-01', '2037-03-31', 300.00, '2037-01-10'
           from unit join fee_items f on f.project_id = $1 and f.code = 'mgmt' returning owner_id)
       select unit.room_no, o.name from unit join owners o on o.id = unit.owner_id`, [building.project_id, building.id]);
    if (!counts || !single || !draft) throw new Error('the 2037 fixture did not come out as planned');
    fixture = { building: building.name, owners: counts.owners, drafts: counts.drafts, room: single.room_no, owner: single.name,
      draftRoom: draft.room_no, draftOwner: draft.name, phone: building.phone };
  } finally {
    await db.end();
  }
});

afterAll(async () => {
  const db = await superuser();
  try {
    await db.query(`delete from bills where project_id = (select id from projects where code = 'jxhy') and ${PERIOD}`);
  } finally {
    await db.end();
  }
});

async function openNotices(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="project-switcher"]');
  await page.goto(`${ui.app.url}/billing/notices`);
  await page.getByTestId('notices-kind-year').click();
  await page.getByTestId('notices-period').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2037');
  await page.keyboard.press('Enter');
}

/** Searches the owner picker and picks the option naming this owner and room. */
async function pickOwner(page: Page, room: string, owner: string): Promise<void> {
  await page.getByTestId('notices-by-owner').click();
  await page.getByTestId('notices-owner').click();
  await page.keyboard.type(room);
  await page.locator('.ant-select-item-option').filter({ hasText: `${owner}（${room}）` }).click();
}

/** Page objects of a PDF (the page tree's /Pages nodes excluded). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('payment notices', () => {
  test('a building: one notice per owner, reviewed bills only, exact figures, one A4 page each', { timeout: 180_000 }, async () => {
    const page = await signIn(ui.app, LOGINS.finance, { viewport: { width: 1400, height: 1000 } });
    await openNotices(page);
    await page.getByTestId('notices-building').click();
    await page.keyboard.type(fixture.building);
    await page.keyboard.press('Enter');

    const preview = page.getByTestId('notices-preview');
    await expect.poll(() => preview.getByTestId('notice').count(), { timeout: 30_000 }).toBe(fixture.owners);
    expect(await page.getByTestId('notices-count').innerText()).toContain(`共 ${fixture.owners} 份通知单`);
    expect(await page.getByTestId('notices-awaiting').innerText()).toContain(`另有 ${fixture.drafts} 张账单尚未经财务审核`);

    const notice = preview.getByTestId('notice').filter({ has: page.getByTestId('notice-rooms').getByText(fixture.room, { exact: true }) });
    expect(await notice.getByTestId('notice-owner').innerText()).toBe(fixture.owner);
    expect(await notice.locator('h2').innerText()).toBe('缴费通知单');
    expect(await notice.innerText()).toContain('锦绣花园');
    expect(await notice.innerText()).toContain('2037年度（2037-01-01 至 2037-12-31）');
    const rows = await notice.getByTestId('notice-items').locator('tbody tr').all();
    expect(await Promise.all(rows.map((row) => row.locator('td').allInnerTexts()))).toEqual([
      // 应收 = 1300 − 10; 滞纳金; 上期欠费; 已缴; 应缴 = 1290 + 5.50 − 100. The draft electricity bill is not there.
      ['物业管理费', '2037-01-01 至 2037-03-31', '¥1,290.00', '¥5.50', '¥20.00', '¥100.00', '¥1,195.50'],
      ['水费', '2037-01-01 至 2037-01-31', '¥88.88', '¥0.00', '¥0.00', '¥88.88', '¥0.00'],
    ]);
    expect(await notice.getByTestId('notice-total').innerText()).toBe('¥1,195.50');
    expect(await notice.getByTestId('notice-capitals').innerText()).toBe('壹仟壹佰玖拾伍元伍角');
    // The water bill due 01-05 is paid up: the earliest open bill's due date counts.
    expect(await notice.getByTestId('notice-due').innerText()).toBe('2037-01-10');
    expect(await notice.getByTestId('notice-channels').innerText()).toMatch(/微信支付[\s\S]*支付宝[\s\S]*银行转账[\s\S]*管理处收费窗口/);
    expect(await notice.innerText()).toContain(`如有疑问，请致电管理处：${fixture.phone}`);

    // What printing (or the print dialog's "Save as PDF") produces: print media, the console hidden, a page per notice.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBe(fixture.owners);
    await page.context().close();
  });

  test('one owner picked by room number gives one notice; an owner with only drafts gets none and is told why', { timeout: 120_000 }, async () => {
    const page = await signIn(ui.app, LOGINS.finance);
    await openNotices(page);
    await pickOwner(page, fixture.room, fixture.owner);
    const preview = page.getByTestId('notices-preview');
    await expect.poll(() => preview.getByTestId('notice').count(), { timeout: 30_000 }).toBe(1);
    expect(await preview.getByTestId('notice-rooms').innerText()).toBe(fixture.room);
    expect(await preview.getByTestId('notice-total').innerText()).toBe('¥1,195.50');
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

    await pickOwner(page, fixture.draftRoom, fixture.draftOwner);
    await expect.poll(() => page.getByTestId('notices-awaiting').innerText().catch(() => ''), { timeout: 30_000 })
      .toContain('1 张账单都尚未经财务审核');
    expect(await preview.count()).toBe(0);
    await page.context().close();
  });
});
