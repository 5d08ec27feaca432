// One `npm run dev` at a time per data folder: the second one says where the first is running.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAlive } from './postgres.js';

export interface DevLock { pid: number; consoleUrl: string; apiUrl: string }

export function runningInstance(dataDir: string): DevLock | null {
  const file = resolve(dataDir, 'dev.lock');
  if (!existsSync(file)) return null;
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8')) as DevLock;
    return isAlive(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

export function takeLock(dataDir: string, lock: DevLock): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, 'dev.lock');
  writeFileSync(file, JSON.stringify(lock));
  return () => rmSync(file, { force: true });
}
