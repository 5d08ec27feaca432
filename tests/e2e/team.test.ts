// 人员与岗位 in headless Chromium against the real stack: the jxhy manager opens a login for a new cleaner, reads
// the temporary password off the screen, and the cleaner signs in with it, lands on their work orders and sets a
// password of their own; the manager moves them to 秩序 and then takes the post away. A cashier's forgotten
// password is reset, their login switched off when they leave and back on when they return. An agent who opens
// the page sees nobody. HQ's administrator opens a company-wide login for an HQ analyst.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type pg from 'pg';
import type { Page } from 'playwright-core';
import { signedIn, superuser } from '../support/clients.js';
import { choose, confirmPopup, signIn, useConsole } from '../support/browser.js';

const ui = useConsole();
const email = `cleaner-${Date.now().toString(36)}@jxhy.demo`;
let db: pg.Client;

beforeAll(async () => {
  db = await superuser();
});

afterAll(async () => {
  // The login goes again with its staff row and posts, so other tests see the seeded team.
  await db?.query(`delete from auth.users where email = $1`, [email]);
  await db?.end();
});

const postsOf = async () => (await db.query<{ role: string; department: string | null; code: string }>(
  `select m.role, m.department, p.code from memberships m join auth.users u on u.id = m.user_id
     join projects p on p.id = m.project_id where u.email = $1`, [email])).rows;

describe('staff and posts', () => {
  test('the manager opens a cleaner’s login, the cleaner signs in with the temporary password and sets their own, then is moved and taken off', { timeout: 240_000 }, async () => {
    const manager = await signIn(ui.app, 'manager@jxhy.demo', { viewport: { width: 1400, height: 1000 } });
    await manager.waitForSelector('[data-testid="project-switcher"]');
    await manager.goto(`${ui.app.url}/team`);
    await expect.poll(() => manager.locator('[data-testid="team-row"][data-email="agent@jxhy.demo"] [data-cell="post"]').innerText(), { timeout: 30_000 }).toBe('客服');

    await manager.getByTestId('team-new').click();
    await manager.getByTestId('post-email').fill(email);
    await manager.getByTestId('post-name').fill('周保洁');
    await manager.getByTestId('post-phone').fill('13905710098');
    await manager.getByTestId('post-role').click();
    // HQ roles and the manager's own post are not offered to a manager.
    await expect.poll(() => manager.locator('.ant-select-item-option').allInnerTexts()).toEqual(['客服', '收银员', '现场人员']);
    await manager.getByTestId('post-role').click();
    await choose(manager, manager.getByTestId('post-role'), /^现场人员$/);
    await expect.poll(() => manager.getByTestId('post-save').isDisabled()).toBe(true); // field staff need a department
    await choose(manager, manager.getByTestId('post-department'), /^保洁$/);
    await manager.getByTestId('post-save').click();
    const password = await manager.getByTestId('temporary-password').innerText({ timeout: 30_000 });
    expect(password.trim()).toMatch(/^[a-zA-Z2-9]{12}$/);
    expect(await postsOf()).toEqual([{ role: 'engineer', department: 'cleaning', code: 'jxhy' }]);

    const cleaner = await signIn(ui.app, email, { password: password.trim() });
    await cleaner.waitForURL(/\/service\/work-orders/, { timeout: 60_000 });
    // They set a password of their own under their name; the temporary one stops working.
    await cleaner.getByTestId('current-user').click();
    await cleaner.getByTestId('change-password').click();
    await cleaner.getByTestId('password-new').fill('Cleaner-own-2026');
    await cleaner.getByTestId('password-again').fill('Cleaner-own-2026');
    await cleaner.getByTestId('password-save').click();
    await cleaner.getByText('密码已修改').waitFor({ timeout: 30_000 });
    const withNew = await signIn(ui.app, email, { password: 'Cleaner-own-2026' });
    await withNew.waitForURL(/\/service\/work-orders/, { timeout: 60_000 });
    const withOld = await signIn(ui.app, email, { password: password.trim() });
    await withOld.getByText('邮箱或密码错误').first().waitFor({ timeout: 30_000 });
    expect(withOld.url()).toMatch(/\/login/);

    await manager.keyboard.press('Escape');
    const row = manager.locator(`[data-testid="team-row"][data-email="${email}"]`);
    await expect.poll(() => row.locator('[data-cell="post"]').innerText(), { timeout: 30_000 }).toBe('现场人员 · 保洁');
    await row.getByTestId('team-change').click();
    await choose(manager, manager.getByTestId('post-department'), /^秩序$/);
    await manager.getByTestId('post-save').click();
    await expect.poll(() => row.locator('[data-cell="post"]').innerText(), { timeout: 30_000 }).toBe('现场人员 · 秩序');
    expect(await postsOf()).toEqual([{ role: 'engineer', department: 'security', code: 'jxhy' }]);

    await confirmPopup(manager, row.getByTestId('team-remove'), manager.getByTestId('team-remove-confirm'));
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
    expect(await postsOf()).toEqual([]);
  });

  test('the manager resets a cashier’s forgotten password, switches the login off when they leave and back on when they return', { timeout: 300_000 }, async () => {
    const leaver = `leaver-${Date.now().toString(36)}@jxhy.demo`;
    const { apiUrl, anonKey } = inject('stack');
    const client = await signedIn('manager@jxhy.demo');
    const token = (await client.auth.getSession()).data.session!.access_token;
    const jxhy = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
    const made = await (await fetch(`${apiUrl}/functions/v1/staff-account`, {
      method: 'POST', headers: { apikey: anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ projectId: jxhy, email: leaver, fullName: '离职收银', role: 'cashier' }),
    })).json() as { temporaryPassword: string };
    const shownPassword = async (page: Page) => {
      const text = (await page.getByTestId('temporary-password').innerText({ timeout: 30_000 })).trim();
      expect(text).toMatch(/^[a-zA-Z2-9]{12}$/);
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      return text;
    };
    try {
      const manager = await signIn(ui.app, 'manager@jxhy.demo', { viewport: { width: 1400, height: 1000 } });
      await manager.waitForSelector('[data-testid="project-switcher"]');
      await manager.goto(`${ui.app.url}/team`);
      const row = manager.locator(`[data-testid="team-row"][data-email="${leaver}"]`);

      // 忘记密码: a new temporary password, shown once; the old one stops working.
      await confirmPopup(manager, row.getByTestId('team-reset'), manager.getByTestId('team-reset-confirm'));
      const reset = await shownPassword(manager);
      expect(reset).not.toBe(made.temporaryPassword);
      await signedIn(leaver, reset);
      await expect(signedIn(leaver, made.temporaryPassword)).rejects.toThrow(/invalid/i);

      // 离职: switched off, the row goes, the password stops working, and they are listed as switched off.
      await confirmPopup(manager, row.getByTestId('team-switch-off'), manager.getByTestId('team-switch-off-confirm'));
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
      await manager.getByText('离职收银 的账号已停用').waitFor({ timeout: 30_000 });
      const refused = await signIn(ui.app, leaver, { password: reset });
      await refused.getByText('此账号已停用，请联系项目经理').first().waitFor({ timeout: 30_000 });
      expect(refused.url()).toMatch(/\/login/);

      // 返聘: switched back on as an agent, with a new temporary password they sign in with.
      const off = manager.locator(`[data-testid="switched-off-row"][data-email="${leaver}"]`);
      await off.getByTestId('team-switch-on').click({ timeout: 30_000 });
      await choose(manager, manager.getByTestId('post-role'), /^客服$/);
      await manager.getByTestId('post-save').click();
      const back = await shownPassword(manager);
      await expect.poll(() => row.locator('[data-cell="post"]').innerText(), { timeout: 30_000 }).toBe('客服');
      await expect.poll(() => off.count(), { timeout: 30_000 }).toBe(0);
      const agent = await signIn(ui.app, leaver, { password: back });
      await agent.waitForSelector('[data-testid="project-switcher"]', { timeout: 60_000 });
    } finally {
      await db.query(`delete from auth.users where email = $1`, [leaver]);
    }
  });

  test('HQ’s administrator opens a company-wide login for an HQ analyst, and takes the post away again', { timeout: 240_000 }, async () => {
    const analyst = `analyst-${Date.now().toString(36)}@jinxiu.demo`;
    try {
      const hq = await signIn(ui.app, 'hq.admin@jinxiu.demo', { viewport: { width: 1400, height: 1000 } });
      await hq.waitForSelector('[data-testid="project-switcher"]');
      await hq.goto(`${ui.app.url}/team`);
      await hq.getByTestId('team-new').click({ timeout: 30_000 });
      await hq.getByTestId('post-email').fill(analyst);
      await hq.getByTestId('post-name').fill('郑分析');
      // HQ's posts are offered only company-wide.
      await hq.getByTestId('post-scope').getByText('全公司').click();
      await choose(hq, hq.getByTestId('post-role'), /^总部分析员$/);
      await hq.getByTestId('post-save').click();
      await hq.getByTestId('temporary-password').waitFor({ timeout: 30_000 });
      await hq.locator('.ant-modal-confirm .ant-btn-primary').click();
      expect((await db.query(`select m.role, m.project_id from memberships m join auth.users u on u.id = m.user_id where u.email = $1`, [analyst])).rows)
        .toEqual([{ role: 'hq_analyst', project_id: null }]);
      const row = hq.locator(`[data-testid="team-row"][data-email="${analyst}"]`);
      await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/总部分析员[\s\S]*全公司/);
      await confirmPopup(hq, row.getByTestId('team-remove'), hq.getByTestId('team-remove-confirm'));
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
      // Their own post is not theirs to change here.
      expect(await hq.locator('[data-testid="team-row"][data-email="hq.admin@jinxiu.demo"] [data-testid="team-change"]').count()).toBe(0);
    } finally {
      await db.query(`delete from auth.users where email = $1`, [analyst]);
    }
  });

  test('an agent who opens the page sees no one and no buttons: the database gives the team list to managers only', { timeout: 120_000 }, async () => {
    const agent = await signIn(ui.app, 'agent@jxhy.demo');
    await agent.waitForSelector('[data-testid="project-switcher"]');
    await agent.goto(`${ui.app.url}/team`);
    await agent.getByText('只有项目经理和总部管理员可以安排岗位').waitFor({ timeout: 30_000 });
    await agent.locator('[data-testid="team-table"] .ant-empty').waitFor({ timeout: 30_000 });
    expect(await agent.locator('[data-testid="team-row"]').count()).toBe(0);
    expect(await agent.getByTestId('team-new').count()).toBe(0);
  });
});
