// Fee policies in headless Chromium against the real local stack: a manager drafts a policy as JSON, sees a
// malformed rule flagged at its JSON pointer, fixes it, simulates 2027 Q1 over every unit of the project
// (totals checked against the engine run here), reads a unit's "why this amount", and publishes with a note;
// a cashier gets no button to publish or change anything.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { superuser } from '../support/clients.js';
import { choose, signIn as signInAs, useConsole } from '../support/browser.js';
import { LOGINS } from '../integration/rls/expected.js';
import { builtInPlugins } from '../../plugins/index.js';
import { compilePolicy, Decimal, PluginRegistry } from '../../rules/index.js';
import { factsOfUnit, type UnitFactsRow } from '../../web/src/routes/policies/simulation/facts.js';
import { formatMoney } from '../../web/src/fields/money.js';

// 翠湖苑 (chy) has a manager login of its own; the integration tests publish in 锦绣花园 (jxhy), and publishing
// retires or ends other versions of the same project, so this file keeps to chy.
const MANAGER = 'manager@chy.demo';
const PROJECT = 'chy';
const Q1_2027 = { start: '2027-01-01', end: '2027-03-31' };
const ALL_USAGES = ['residential', 'commercial', 'office', 'storage'];

/** ¥2.80/m²·月 from the handover date, half price before renovation, 10 % senior relief, paid on days 1–10. */
const POLICY = {
  rounding: { step: '0.01', mode: 'half-up' },
  feeItems: [{
    code: 'mgmt',
    name: { 'zh-CN': '物业管理费', en: 'Management fee' },
    cycle: 'quarter',
    rules: [
      { name: 'base', priority: 100,
        conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'in', value: ALL_USAGES }] },
        event: { type: 'core.charge.areaRate', params: { ratePerM2Month: '2.80' } } },
      { name: 'from-handover', priority: 90,
        conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'in', value: ALL_USAGES }] },
        event: { type: 'core.status.fromHandover', params: {} } },
      { name: 'half-before-renovation', priority: 80,
        conditions: { all: [{ fact: 'status', path: '$.handedOver', operator: 'equal', value: true }] },
        event: { type: 'core.status.halfBeforeRenovation', params: { factor: '0.5' } } },
      { name: 'senior-relief', priority: 50,
        conditions: { any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }] },
        event: { type: 'core.relief.percent', params: { percent: '10', label: { 'zh-CN': '老年人减免', en: 'Senior relief' } } } },
    ],
    due: { type: 'core.due.window', params: { month: 'first-of-period', fromDay: 1, toDay: 10 } },
  }],
};
const GOOD = JSON.stringify(POLICY, null, 2);
// The rate as a JSON number: money must be a decimal string.
const MALFORMED = GOOD.replace('"ratePerM2Month": "2.80"', '"ratePerM2Month": 2.8');

const ui = useConsole();

async function signIn(email: string): Promise<Page> {
  const page = await signInAs(ui.app, email, { viewport: { width: 1400, height: 1000 } });
  await page.waitForSelector('[data-testid="project-switcher"]');
  return page;
}

/** Opens a new empty draft from the policy list; its id. */
async function newDraft(page: Page): Promise<string> {
  await page.goto(`${ui.app.url}/policies`);
  await page.getByTestId('new-draft').click();
  await page.getByTestId('new-draft-confirm').click();
  // Either the editor opens, or the dialog says why it could not create the draft.
  const refusal = page.locator('.ant-modal .ant-alert-error');
  const refused = refusal.waitFor().then(async () => refusal.innerText(), () => null); // never left unhandled
  await Promise.race([
    page.waitForURL(/\/policies\/edit\/[0-9a-f-]{36}$/),
    refused.then((text) => (text === null ? new Promise<never>(() => undefined) : Promise.reject(new Error(`new draft refused: ${text}`)))),
  ]);
  return page.url().split('/').pop()!;
}

/** A manager's new draft holding the good policy, open in the form view. */
async function goodDraftInForm(): Promise<{ page: Page; policyId: string }> {
  const page = await signIn(MANAGER);
  const policyId = await newDraft(page);
  await page.getByTestId('tab-json').click();
  await page.getByTestId('policy-json').fill(GOOD);
  await page.getByTestId('policy-valid').waitFor();
  await page.getByTestId('tab-form').click();
  return { page, policyId };
}

/** Saves the draft shown and returns what Postgres now holds of its document (`select` over `document`). */
async function saveAndRead(page: Page, policyId: string, select: string): Promise<Record<string, unknown>> {
  await page.getByTestId('save-policy').click();
  await page.getByText('已保存').first().waitFor();
  const db = await superuser();
  try {
    const { rows } = await db.query(`select ${select} from policies where id = $1`, [policyId]);
    return rows[0] as Record<string, unknown>;
  } finally {
    await db.end();
  }
}

/** Runs the simulation of the open draft over every unit of the project for Q1 2027, as of 2026-12-25. */
async function simulateQ1(page: Page): Promise<void> {
  await page.getByTestId('tab-simulate').click();
  await page.getByTestId('simulation-period').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027-Q1');
  await page.keyboard.press('Enter');
  await page.getByTestId('simulation-as-of').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-12-25');
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('simulation-period-text').innerText()).toContain('2027-01-01 至 2027-03-31');
  await page.getByTestId('run-simulation').click();
  await page.getByTestId('simulation-results').waitFor();
}

/** What the draft should charge the project's units for Q1 2027, computed here with the same engine. */
async function expectedDraft(): Promise<{ total: string; chargedRoom: string }> {
  const db = await superuser();
  try {
    const { rows } = await db.query<UnitFactsRow>(`
      select f.unit_id, f.project_id, f.room_no, f.building_code, f.area, f.usage::text as usage,
             f.handover_date::text as handover_date, f.renovation_date::text as renovation_date,
             f.occupancy_date::text as occupancy_date, f.occupancy::text as occupancy,
             f.owner_id, f.owner_name, f.owner_tags, f.parking_spaces
        from unit_facts f join projects p on p.id = f.project_id where p.code = $1`, [PROJECT]);
    const policy = compilePolicy(POLICY, new PluginRegistry(builtInPlugins));
    let total = new Decimal(0);
    let chargedRoom = '';
    for (const row of rows) {
      const line = policy.evaluate('mgmt', factsOfUnit(row), { period: Q1_2027, asOf: '2026-12-25' });
      if (!line.ok) continue;
      total = total.plus(line.total);
      if (!chargedRoom && line.principal !== '0.00') chargedRoom = row.room_no;
    }
    return { total: formatMoney(total.toFixed(2)), chargedRoom };
  } finally {
    await db.end();
  }
}

describe('fee policies', () => {
  test('a manager drafts a policy, fixes a malformed rule, simulates Q1 2027, reads an explanation and publishes', async () => {
    const page = await signIn(MANAGER);
    const policyId = await newDraft(page);

    // A malformed rule: the issue names its JSON pointer, and the rule's card is marked.
    await page.getByTestId('tab-json').click();
    await page.getByTestId('policy-json').fill(MALFORMED);
    const issue = page.getByTestId('policy-issue').first();
    await issue.waitFor();
    expect(await issue.innerText()).toContain('/feeItems/0/rules/0/event/params/ratePerM2Month');
    expect(await issue.innerText()).toMatch(/应为小数文字/); // Chinese first
    await page.getByTestId('tab-form').click();
    await page.locator('[data-testid="rule-card"][data-rule="base"][data-invalid="true"]').waitFor();
    expect(await page.locator('[data-testid="rule-card"][data-invalid="true"]').count()).toBe(1);
    await expect(page.getByTestId('publish-policy').isDisabled()).resolves.toBe(true);

    // Fixed: valid, saved.
    await page.getByTestId('tab-json').click();
    await page.getByTestId('policy-json').fill(GOOD);
    await page.getByTestId('policy-valid').waitFor();
    await page.getByTestId('save-policy').click();
    await page.getByText('已保存').first().waitFor();

    // Simulation over every unit of the project for Q1 2027.
    await simulateQ1(page);
    const totals = await page.getByTestId('fee-item-totals').innerText();
    expect(totals).toContain('物业管理费');
    const { total: draftTotal, chargedRoom } = await expectedDraft();
    expect(await page.getByTestId('draft-total').innerText()).toContain(draftTotal);
    expect(totals).toContain(draftTotal);
    expect(await page.getByTestId('totals-chart').count()).toBe(1);

    // Why this amount for a unit the draft charges: the engine's explanation, in Chinese.
    const search = page.getByPlaceholder('房号或业主');
    await search.fill(chargedRoom);
    await search.press('Enter');
    await page.getByTestId('unit-table').getByTestId('why-link').first().click();
    const explanation = page.getByTestId('explanation-text').filter({ hasText: '建筑面积' }).first();
    await explanation.waitFor();
    expect(await explanation.innerText()).toMatch(/建筑面积 [\d.]+ m² × ¥2\.80\/m²·月/);
    expect(await explanation.innerText()).toContain('应收 =');
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });

    // Publish with a note, from the simulated period's first day.
    await page.getByTestId('publish-policy').click();
    await page.getByTestId('publish-note').fill('2027 年起物业费 2.80 元/m²·月，老年人减免 10%');
    await page.getByTestId('publish-confirm').click();
    await page.waitForURL(/\/policies$/);
    // Other test files add versions to this project meanwhile, so the list's first page need not show ours:
    // the list is back, and the database says what was published.
    await page.getByTestId('policy-table').waitFor();

    const db = await superuser();
    try {
      const { rows } = await db.query('select status, effective_from::text as effective_from, note, published_by is not null as by from policies where id = $1', [policyId]);
      expect(rows[0]).toEqual({ status: 'published', effective_from: '2027-01-01', note: '2027 年起物业费 2.80 元/m²·月，老年人减免 10%', by: true });
    } finally {
      await db.end();
    }
    await page.context().close();
  }, 180_000);

  test('a cashier reads policies but gets no button to create, save or publish them', async () => {
    const db = await superuser();
    let policyId: string;
    try {
      const { rows } = await db.query(
        `insert into policies (company_id, project_id, version, document)
         select company_id, id, $1, $2 from projects where code = 'jxhy' returning id`,
        [95_000 + (process.pid % 1000), POLICY],
      );
      policyId = rows[0].id as string;
    } finally {
      await db.end();
    }
    const page = await signIn(LOGINS.cashier);
    await page.goto(`${ui.app.url}/policies`);
    await page.getByTestId('open-policy').first().waitFor();
    expect(await page.getByTestId('new-draft').count()).toBe(0);
    expect(await page.getByTestId('publish-from-list').count()).toBe(0);

    await page.goto(`${ui.app.url}/policies/edit/${policyId}`);
    await page.getByTestId('tab-json').waitFor();
    expect(await page.getByTestId('publish-policy').count()).toBe(0);
    expect(await page.getByTestId('save-policy').count()).toBe(0);
    await page.getByTestId('tab-json').click();
    expect(await page.getByTestId('policy-json').getAttribute('readonly')).not.toBeNull();
    await page.context().close();
  }, 120_000);

  test('the condition builder compares a field with another field of the same type, and the draft saves valid', async () => {
    const { page, policyId } = await goodDraftInForm();

    // Half price only where the handover came before the renovation started, instead of a yes/no flag.
    const leaf = page.locator('[data-testid="rule-card"][data-rule="half-before-renovation"] [data-testid="condition-leaf"]').first();
    await choose(page, leaf.getByTestId('condition-fact'), /^房屋$/);
    await choose(page, leaf.getByTestId('condition-path'), /^收房日期$/);
    await choose(page, leaf.getByTestId('condition-operator'), /^小于$/);
    await choose(page, leaf.getByTestId('condition-value-source'), /^另一项数据$/);
    // Only fields holding dates are offered.
    await leaf.getByTestId('condition-value-fact').click();
    // The previous select's dropdown may still be closing: read the one listing fields.
    const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):visible').filter({ hasText: '装修开始日期' });
    await dropdown.waitFor();
    const offered = await dropdown.locator('.ant-select-item-option').allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(['房屋 › 装修开始日期', '房屋 › 入住日期']));
    expect(offered.join()).not.toMatch(/建筑面积|收房日期/);
    await page.keyboard.press('Escape');
    await choose(page, leaf.getByTestId('condition-value-fact'), /装修开始日期/);

    await page.getByTestId('tab-json').click();
    await page.getByTestId('policy-valid').waitFor();
    const expected = { all: [{ fact: 'unit', path: '$.handoverDate', operator: 'lessThan', value: { fact: 'unit', path: '$.renovationDate' } }] };
    expect(JSON.parse(await page.getByTestId('policy-json').inputValue()).feeItems[0].rules[2].conditions).toEqual(expected);
    const saved = await saveAndRead(page, policyId, "document->'feeItems'->0->'rules'->2->'conditions' as conditions");
    expect(saved.conditions).toEqual(expected);
    await page.context().close();
  }, 120_000);

  test('a shared condition is written once, used by two rules, renamed with its uses, and the draft saves valid', async () => {
    const { page, policyId } = await goodDraftInForm();

    // A new shared condition starts as "unit usage is residential"; it is named 住宅 (committed with Enter).
    await page.getByTestId('add-shared-condition').click();
    const card = page.getByTestId('shared-condition');
    await card.getByTestId('shared-condition-name').fill('住宅');
    await card.getByTestId('shared-condition-name').press('Enter');
    await page.locator('[data-testid="shared-condition"][data-name="住宅"]').waitFor();
    // Inside it, naming itself (a cycle) is not offered.
    expect(await card.getByTestId('add-shared-ref').count()).toBe(0);

    // Two rules use it by name.
    for (const rule of ['senior-relief', 'half-before-renovation']) {
      await page.locator(`[data-testid="rule-card"][data-rule="${rule}"] [data-testid="add-shared-ref"]`).first().click();
    }
    const used = page.locator('[data-testid="shared-condition"][data-name="住宅"]');
    await used.getByTestId('shared-condition-uses').filter({ hasText: '2 处使用' }).waitFor();
    // In use: it cannot be removed.
    expect(await used.getByTestId('shared-condition-remove').count()).toBe(0);

    // Renamed, and both uses follow.
    await used.getByTestId('shared-condition-name').fill('住宅类房屋');
    await used.getByTestId('shared-condition-name').blur();
    await page.locator('[data-testid="shared-condition"][data-name="住宅类房屋"]').waitFor();
    const refs = page.locator('[data-testid="rule-card"] [data-testid="condition-shared"]');
    expect(await refs.count()).toBe(2);
    for (const text of await refs.allInnerTexts()) expect(text).toContain('住宅类房屋');
    // The card says the rule in words.
    expect(await page.locator('[data-testid="rule-card"][data-rule="senior-relief"] [data-testid="condition-summary"]').innerText())
      .toBe('当 业主 › 业主标签 包含 senior 或 共享条件「住宅类房屋」');

    await page.getByTestId('tab-json').click();
    await page.getByTestId('policy-valid').waitFor();
    const doc = JSON.parse(await page.getByTestId('policy-json').inputValue());
    const shared = { 住宅类房屋: { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] } };
    expect(doc.sharedConditions).toEqual(shared);
    expect(doc.feeItems[0].rules[2].conditions.all).toContainEqual({ condition: '住宅类房屋' });
    expect(doc.feeItems[0].rules[3].conditions.any).toContainEqual({ condition: '住宅类房屋' });
    const saved = await saveAndRead(page, policyId, "document->'sharedConditions' as shared, document->'feeItems'->0->'rules'->3->'conditions' as senior");
    expect(saved.shared).toEqual(shared);
    expect((saved.senior as { any: unknown[] }).any).toContainEqual({ condition: '住宅类房屋' });

    // Simulated, a unit's "why this amount" names the shared condition its fired rules used.
    await simulateQ1(page);
    const db = await superuser();
    const { rows: [home] } = await db.query<{ room_no: string }>(`
      select f.room_no from unit_facts f join projects p on p.id = f.project_id
       where p.code = $1 and f.usage = 'residential' and f.handover_date <= '2027-03-31' order by f.room_no limit 1`, [PROJECT])
      .finally(() => db.end());
    const search = page.getByPlaceholder('房号或业主');
    await search.fill(home!.room_no);
    await search.press('Enter');
    await page.getByTestId('unit-table').getByTestId('why-link').first().click();
    await page.getByTestId('fired-rule-shared').first().waitFor();
    expect(await page.getByTestId('fired-rule-shared').allInnerTexts()).toContain('住宅类房屋');
    // Each fired rule's conditions in words, there too.
    expect((await page.locator('.ant-drawer-content [data-testid="condition-summary"]').allInnerTexts()).join('\n')).toContain('共享条件「住宅类房屋」');
    await page.context().close();
  }, 120_000);

  test('a fee item rounds its own way, set in the form, and the draft saves it beside the policy rounding', async () => {
    const { page, policyId } = await goodDraftInForm();
    const item = page.getByTestId('fee-item-rounding');
    await item.getByTestId('own-rounding').click();
    await item.getByTestId('rounding-step').fill('1');
    await choose(page, item.getByTestId('rounding-mode'), /^舍去$/);
    await page.getByTestId('tab-json').click();
    await page.getByTestId('policy-valid').waitFor();
    expect(JSON.parse(await page.getByTestId('policy-json').inputValue()).feeItems[0].rounding).toEqual({ step: '1', mode: 'down' });
    const saved = await saveAndRead(page, policyId, "document->'feeItems'->0->'rounding' as rounding, document->'rounding' as policy");
    expect(saved).toEqual({ rounding: { step: '1', mode: 'down' }, policy: { step: '0.01', mode: 'half-up' } });
    await page.context().close();
  }, 120_000);
});
