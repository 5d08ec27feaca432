// Starts one throw-away stack (own ports, own temp data folder) with the demo data for the whole test run.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../stack/stack.js';
import { freePort } from '../../stack/ports.js';
import { ensureDemoData } from '../../stack/demo.js';
import './stack-info.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'feegrid-test-'));
  // Postgres runs as user `postgres` when the tests run as root: it must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const lines: string[] = [];
  const stack = await startStack({
    host: '127.0.0.1',
    apiPort: await freePort(),
    dbPort: await freePort(),
    restPort: await freePort(),
    jwtSecret: 'feegrid-test-secret-0123456789-abcdefghij',
    dbPassword: 'test-password',
    dataDir,
    durable: false,
    onLog: (l) => lines.push(l),
  }).catch((e: unknown) => {
    throw new Error(`test stack failed to start: ${(e as Error).message}\n${lines.slice(-30).join('\n')}`);
  });
  await ensureDemoData(stack, () => undefined);
  project.provide('stack', { apiUrl: stack.apiUrl, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, dbUrl: stack.dbUrl, jwtSecret: stack.jwtSecret });
  return async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
