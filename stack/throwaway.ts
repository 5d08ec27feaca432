// A stack for one test run or benchmark: its own free ports, its own temp data folder, not crash-safe (faster),
// removed afterwards — unless the caller names a folder to keep (a benchmark's database that takes long to seed).
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from './stack.js';
import { freePort } from './ports.js';

export async function startThrowawayStack(name: string, keepIn?: string): Promise<{ stack: Stack; dispose: () => Promise<void> }> {
  const dataDir = keepIn ?? mkdtempSync(join(tmpdir(), `feegrid-${name}-`));
  mkdirSync(dataDir, { recursive: true });
  // Postgres runs as user `postgres` when we run as root: it must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const lines: string[] = [];
  const stack = await startStack({
    host: '127.0.0.1',
    apiPort: await freePort(),
    dbPort: await freePort(),
    restPort: await freePort(),
    jwtSecret: `feegrid-${name}-secret-0123456789-abcdefghij`,
    dbPassword: `${name}-password`,
    dataDir,
    durable: false,
    onLog: (l) => lines.push(l),
  }).catch((e: unknown) => {
    if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the ${name} stack failed to start: ${(e as Error).message}\n${lines.slice(-30).join('\n')}`);
  });
  return {
    stack,
    dispose: async () => {
      await stack.stop();
      if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
