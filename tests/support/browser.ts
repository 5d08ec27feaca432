// The console for browser tests: the run's production build against the run's stack (see console-server.ts).
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn, startConsoleFor, type ConsoleUnderTest } from './console-server.js';
import './stack-info.js';

export { signIn, type ConsoleUnderTest };

/** The run's console build (see global-setup.ts), served for one test file. */
export async function startConsole(): Promise<ConsoleUnderTest> {
  return startConsoleFor(inject('consoleBuild'));
}

/**
 * Starts the console before a test file's tests and closes it after them; `app` is set once started. After a
 * test fails (a timeout too), every open page's address and visible text is printed: where each page stood says
 * which step was waiting.
 */
export function useConsole(): { readonly app: ConsoleUnderTest } {
  const holder = {} as { app: ConsoleUnderTest };
  beforeAll(async () => {
    holder.app = await startConsole();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !holder.app) return;
    for (const page of holder.app.browser.contexts().flatMap((c) => c.pages())) {
      const text = await page.locator('body').innerText({ timeout: 5_000 }).catch((e: unknown) => `(unreadable: ${String(e)})`);
      console.error(`after "${task.name}" failed, a page at ${page.url()} showed:\n${text.replace(/\n{2,}/g, '\n').slice(0, 2_000)}`);
    }
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}

/**
 * Picks `option` in an antd Select and checks it took: on a busy machine a click can land while the dropdown is
 * still opening and miss, or the dropdown can close before the option is clicked, so the pick is tried again (up
 * to three times) until the select shows the option. It starts once no dropdown is showing (a closing one would
 * still hold the previous select's options).
 */
export async function choose(page: Page, select: Locator, option: RegExp): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):visible');
  const picked = select.locator('.ant-select-selection-item').first();
  const shown = async () => (await picked.count()) > 0 && option.test((await picked.innerText()).trim());
  const settle = async () => {
    for (let i = 0; i < 50 && (await open.count()) > 0; i++) await page.waitForTimeout(100);
  };
  for (let attempt = 1; ; attempt++) {
    await settle();
    await select.click();
    const item = open.locator('.ant-select-item-option').filter({ hasText: option }).first();
    try {
      await item.waitFor({ state: 'visible', timeout: 15_000 });
      await item.click({ timeout: 15_000 });
    } catch (e) {
      // The dropdown closed under the pointer (seen once on a loaded machine): close it for sure and start over.
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      continue;
    }
    for (let i = 0; i < 20 && !(await shown()); i++) await page.waitForTimeout(100);
    if (await shown()) return;
    if (attempt === 3) throw new Error(`the select did not take ${option}: it shows "${await select.innerText()}"`);
  }
}

/**
 * Opens a Popconfirm with `trigger` and clicks its OK button, and checks the popup closed. On a loaded machine the
 * popup has been seen to open and stay up after the OK click (the dunning desk twice, the team page once in many
 * runs). A click that took either closes the popup or shows the OK button loading while the action runs (antd
 * waits for the promise onConfirm returns): then it waits for the action, and never asks twice. A click that
 * did not take leaves the button idle: the popup is closed and opened again (up to three times). The last
 * failure says which of the two it was, with Playwright's reason.
 */
export async function confirmPopup(page: Page, trigger: Locator, ok: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let clicked = false;
    try {
      if (!(await ok.isVisible())) await trigger.click({ timeout: 15_000 });
      await ok.click({ timeout: 15_000 });
      clicked = true;
      await ok.waitFor({ state: 'hidden', timeout: 15_000 });
      return;
    } catch (e) {
      // The popup may have closed just as the time ran out: the click took.
      if (clicked && !(await ok.isVisible())) return;
      const running = clicked && await ok.evaluate((button) => button.classList.contains('ant-btn-loading'), undefined, { timeout: 5_000 }).catch(() => false);
      if (running) {
        await ok.waitFor({ state: 'hidden', timeout: 90_000 }).catch((late: unknown) => {
          throw new Error(`the popup's OK click took, but its action was still running after 105 s: ${String(late)}`);
        });
        return;
      }
      if (attempt === 3) throw new Error(`the popup's OK button never took the click (3 tries): ${String(e)}`);
    }
    await page.keyboard.press('Escape');
    await ok.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  }
}
