// `npm run dev` end to end as a newcomer runs it: it starts everything with demo data and prints the console
// URL and logins; a second one says clearly that one is running; Ctrl-C stops every child process.
import { afterAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, isPortFree } from '../../stack/ports.js';

const repo = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'feegrid-dev-'));
chmodSync(dataDir, 0o755);
let first: ChildProcess | undefined;

afterAll(() => {
  first?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function devEnv(ports: Record<string, number>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FEEGRID_DATA_DIR: dataDir, NODE_OPTIONS: '--experimental-websocket' };
  for (const [k, v] of Object.entries(ports)) env[k] = String(v);
  return env;
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolveOutput, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolveOutput(out);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; output:\n${out}`));
    });
  });
}

describe('npm run dev', () => {
  test('starts, refuses a second instance, and stops everything on Ctrl-C', { timeout: 150_000 }, async () => {
    const ports = {
      FEEGRID_API_PORT: await freePort(), FEEGRID_DB_PORT: await freePort(),
      FEEGRID_REST_PORT: await freePort(), FEEGRID_WEB_PORT: await freePort(),
    };
    first = spawn(process.execPath, ['--import', 'tsx', 'stack/dev.ts'], { cwd: repo, env: devEnv(ports) });
    const banner = await waitForOutput(first, /Ctrl-C stops everything/, 120_000);
    expect(banner).toMatch(/FeeGrid is ready in \d+(\.\d)? s \(demo data created\)/);
    expect(banner).toContain(`http://127.0.0.1:${ports.FEEGRID_WEB_PORT}/`);
    expect(banner).toMatch(/manager\s+manager@jxhy\.demo/);

    const page = await fetch(`http://127.0.0.1:${ports.FEEGRID_WEB_PORT}/`);
    expect(page.status).toBe(200);
    const api = await fetch(`http://127.0.0.1:${ports.FEEGRID_API_PORT}/auth/v1/health`);
    expect(api.status).toBe(401); // the gateway wants the API key: it is up and guarding

    const second = spawnSync(process.execPath, ['--import', 'tsx', 'stack/dev.ts'], { cwd: repo, env: devEnv(ports), encoding: 'utf8', timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already running \(pid \d+\)/);

    const exited = new Promise<number | null>((r) => first!.once('exit', (code) => r(code)));
    first.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
  });
});
