// The console served by Vite against a given stack, and Debian's Chromium driven by playwright-core (which
// never downloads a browser). Used by the browser tests and by the grid benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createServer, preview } from 'vite';
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

/** Vite's dev server (what the tests use), or the production build behind `vite preview` (what users get). */
async function serve(port: number, production: boolean): Promise<() => Promise<void>> {
  const server = { port, host: '127.0.0.1', strictPort: true };
  if (!production) {
    const vite = await createServer({ configFile: CONFIG, server, logLevel: 'error' });
    await vite.listen();
    return () => vite.close();
  }
  const outDir = mkdtempSync(join(tmpdir(), 'feegrid-console-'));
  await build({ configFile: CONFIG, build: { outDir, emptyOutDir: true }, logLevel: 'error' });
  const previewed = await preview({ configFile: CONFIG, build: { outDir }, preview: server, logLevel: 'error' });
  return async () => {
    await previewed.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

export async function startConsoleFor({ apiUrl, anonKey }: { apiUrl: string; anonKey: string }, options: { production?: boolean } = {}): Promise<ConsoleUnderTest> {
  // Read by Vite from the environment: at build time for the production build.
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  const port = await freePort();
  const stop = await serve(port, options.production ?? false);
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  // The first page load makes Vite optimise the console's dependencies: do it once, before any timing matters.
  const warm = await browser.newPage();
  await warm.goto(`${url}/login`, { timeout: 120_000 });
  await warm.waitForSelector('#email', { timeout: 120_000 });
  await warm.close();
  return { url, browser, close: async () => { await browser.close(); await stop(); } };
}

/** A fresh browser context signed in (or having tried to) as `email`, on the login page's own flow. */
export async function signIn(app: ConsoleUnderTest, email: string, options: { password?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await app.browser.newContext({ locale: 'zh-CN', ...(options.viewport ? { viewport: options.viewport } : {}) });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${app.url}/login`);
  await page.fill('#email', email);
  await page.fill('#password', options.password ?? DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  return page;
}
