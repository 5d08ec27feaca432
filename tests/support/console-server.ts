// The console's production build served by `vite preview` against a given stack, and Debian's Chromium driven by
// playwright-core (which never downloads a browser). Used by the browser tests and by the grid benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../stack/ports.js';
import { DEMO_PASSWORD } from '../../seed/demo-users.js';

export interface ConsoleUnderTest {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

const CONFIG = resolve(import.meta.dirname, '../../vite.config.ts');

/**
 * The console's production build (what users get) for the stack at `apiUrl`, in a temp folder: the test run
 * builds it once for every browser test; the grid benchmark builds its own. Vite reads the API's address and
 * key from the environment at build time.
 */
export async function buildConsole({ apiUrl, anonKey }: { apiUrl: string; anonKey: string }): Promise<{ dir: string; remove(): void }> {
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  const dir = mkdtempSync(join(tmpdir(), 'feegrid-console-'));
  await build({ configFile: CONFIG, build: { outDir: dir, emptyOutDir: true }, logLevel: 'error' });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serves a build from `buildConsole` with `vite preview`, and starts Debian's Chromium. */
export async function startConsoleFor(dir: string): Promise<ConsoleUnderTest> {
  const port = await freePort();
  const previewed = await preview({ configFile: CONFIG, build: { outDir: dir }, preview: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'error' });
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  // One page load before the tests: the server answers and the browser has started its renderer.
  const warm = await browser.newPage();
  await warm.goto(`${url}/login`, { timeout: 120_000 });
  await warm.waitForSelector('#email', { timeout: 120_000 });
  await warm.close();
  return { url, browser, close: async () => { await browser.close(); await previewed.close(); } };
}

/** A fresh browser context signed in (or having tried to) as `email`, on the login page's own flow. */
export async function signIn(app: ConsoleUnderTest, email: string, options: { password?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  // Reduced motion: the console then shows dialogs and popups without animation, so a click never lands on one
  // still zooming in.
  const context = await app.browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce', ...(options.viewport ? { viewport: options.viewport } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${app.url}/login`);
  await page.fill('#email', email);
  await page.fill('#password', options.password ?? DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  return page;
}
