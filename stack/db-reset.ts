// `npm run db:reset`: rebuild the local database from the migrations and the demo seed.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { configFromEnv } from './config.js';
import { runningInstance } from './lock.js';
import { openLocalStack } from './local-stack.js';
import { DEV_DEMO, ensureDemoData } from './demo.js';

const startedAt = performance.now();
const config = configFromEnv();
const running = runningInstance(config.dataDir);
if (running) {
  console.error(`FeeGrid is running (pid ${running.pid}); stop it (Ctrl-C) before resetting its database.`);
  process.exit(1);
}
rmSync(resolve(config.dataDir, 'pgdata'), { recursive: true, force: true });
console.log(`Rebuilding ${resolve(config.dataDir, 'pgdata')} from supabase/migrations and the demo seed…`);
const local = await openLocalStack(() => undefined);
try {
  await ensureDemoData(local, (line) => console.log(`  ${line}`), DEV_DEMO);
} finally {
  await local.release();
}
console.log(`Done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
