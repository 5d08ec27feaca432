// A stack for one test run or benchmark: its own free ports, its own temp data folder, not crash-safe (faster),
// removed afterwards.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type Stack } from './stack.js';
import { freePort } from './ports.js';

export async function startThrowawayStack(name: string): Promise<{ stack: Stack; dispose: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), `feegrid-${name}-`));
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
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the ${name} stack failed to start: ${(e as Error).message}\n${lines.slice(-30).join('\n')}`);
  });
  return {
    stack,
    dispose: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
