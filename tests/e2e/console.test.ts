// The console in headless Chromium against the real local stack: sign in per role, lists scoped by project,
// the project switcher, the language switch, creating a record, and buttons hidden from roles that may not.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { superuser } from '../support/clients.js';
import { signIn as signInAs, useConsole } from '../support/browser.js';
import { LOGINS } from '../integration/rls/expected.js';

const CREATE_BUTTON = /创\s*建|新\s*建/;
const ui = useConsole();

const signIn = (email: string, password?: string): Promise<Page> => signInAs(ui.app, email, password ? { password } : {});

async function rowsOf(page: Page): Promise<string[]> {
  await page.waitForSelector('.ant-table-row');
  return page.locator('.ant-table-row').allInnerTexts();
}

describe('console', () => {
  test('a wrong password is refused with a readable message', async () => {
    const page = await signIn(LOGINS.manager, 'not-the-password');
    await expect(page.getByText('邮箱或密码错误').first().waitFor()).resolves.toBeUndefined();
    expect(page.url()).toContain('/login');
    await page.context().close();
  });

  test('a manager sees their role, their project, and its units — in Chinese, then in English', async () => {
    const page = await signIn(LOGINS.manager);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/units`);
    const rows = await rowsOf(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.join('\n')).toMatch(/\d+-\d+-\d{3,4}/); // 房号 like 3-2-1502
    expect(await page.getByTestId('current-roles').innerText()).toContain('主管');
    expect(await page.getByTestId('project-switcher').innerText()).toContain('锦绣花园');
    expect(await page.locator('.ant-table-thead').innerText()).toContain('房号');

    await page.getByTestId('lang-switch').getByText('English').click();
    await page.waitForFunction(() => document.querySelector('.ant-table-thead')?.textContent?.includes('Room'));
    expect(await page.getByTestId('current-roles').innerText()).toMatch(/Manager/i);
    await page.context().close();
  });

  test('HQ sees and switches between every project of its company, and only those', async () => {
    const page = await signIn(LOGINS.hq_admin);
    await page.waitForSelector('[data-testid="project-switcher"]');
    await page.goto(`${ui.app.url}/buildings`);
    await rowsOf(page);
    await page.getByTestId('project-switcher').click();
    const options = await page.locator('.ant-select-item-option').allInnerTexts();
    expect(options.join(' ')).toMatch(/锦绣花园/);
    expect(options.join(' ')).toMatch(/翠湖苑/);
    expect(options.join(' ')).toMatch(/滨江壹号/);
    expect(options.join(' ')).not.toMatch(/华庭/);
    await page.locator('.ant-select-item-option', { hasText: '翠湖苑' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="project-switcher"]')?.textContent?.includes('翠湖苑'));
    expect((await rowsOf(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  test('a manager creates a building; a cashier gets no button to do so', async () => {
    const code = `E${Date.now().toString().slice(-6)}`;
    const manager = await signIn(LOGINS.manager);
    await manager.waitForSelector('[data-testid="project-switcher"]');
    await manager.goto(`${ui.app.url}/buildings`);
    await rowsOf(manager);
    await manager.getByRole('button', { name: CREATE_BUTTON }).click();
    await manager.waitForURL(/\/buildings\/create/);
    await manager.fill('#code', code);
    await manager.fill('#name', `${code}栋`);
    await manager.getByRole('button', { name: /保\s*存/ }).click();
    await manager.waitForURL(/\/buildings(\?|$)/);
    await manager.goto(`${ui.app.url}/buildings?pageSize=50&sorters[0][field]=created_at&sorters[0][order]=desc`);
    expect((await rowsOf(manager)).join('\n')).toContain(`${code}栋`);
    await manager.context().close();

    const cashier = await signIn(LOGINS.cashier);
    await cashier.waitForSelector('[data-testid="project-switcher"]');
    await cashier.goto(`${ui.app.url}/buildings`);
    expect((await rowsOf(cashier)).join('\n')).toContain(`${code}栋`);
    expect(await cashier.getByRole('button', { name: CREATE_BUTTON }).count()).toBe(0);
    await cashier.context().close();
  });

  test('an edit over a colleague’s newer change is refused, names the conflict, and saves nothing', async () => {
    const db = await superuser();
    try {
      const { rows } = await db.query("select u.id from units u join projects p on p.id = u.project_id where p.code = 'jxhy' order by u.room_no limit 1");
      const unitId = rows[0].id as string;
      const page = await signIn(LOGINS.manager);
      await page.waitForSelector('[data-testid="project-switcher"]');
      await page.goto(`${ui.app.url}/units/edit/${unitId}`);
      await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#room_no')?.value ?? '') !== '');
      // A colleague saves first.
      await db.query("update units set note = '同事先改了' where id = $1", [unitId]);
      await page.fill('#note', '我的修改');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.getByText('此记录在您打开后已被他人修改').first().waitFor();
      const after = await db.query('select note from units where id = $1', [unitId]);
      expect(after.rows[0].note).toBe('同事先改了');

      // After a refresh the edit starts from the colleague's version and saves.
      await page.reload();
      await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('#note')?.value ?? '') === '同事先改了');
      await page.fill('#note', '我的修改');
      await page.getByRole('button', { name: /保\s*存/ }).click();
      await page.waitForURL(/\/units(\?|$)/);
      expect((await db.query('select note from units where id = $1', [unitId])).rows[0].note).toBe('我的修改');
      await page.context().close();
    } finally {
      await db.end();
    }
  });
});
