// Seed throughput on a throw-away, freshly migrated Postgres (not crash-safe: fsync off), e.g. 100,000 units:
//   npx tsx seed/bench.ts --projects 4 --units 25000
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres } from '../stack/postgres.js';
import { bootstrap, migrate } from '../stack/migrate.js';
import { freePort } from '../stack/ports.js';
import { resolveOptions } from './generate/index.js';
import { writeSeed } from './write/write-seed.js';

const { values } = parseArgs({ options: { projects: { type: 'string', default: '4' }, units: { type: 'string', default: '25000' } } });
const options = resolveOptions({ projects: Number(values.projects), unitsPerProject: Number(values.units) });

const dataDir = mkdtempSync(join(tmpdir(), 'feegrid-seed-bench-'));
chmodSync(dataDir, 0o755); // run as root, Postgres runs as user postgres
const db = await startPostgres({ dataDir: join(dataDir, 'pgdata'), port: await freePort(), password: 'bench', durable: false });
const client = new pg.Client(db.superuserUrl);
await client.connect();
try {
  await bootstrap(client, { authenticator: 'bench', authAdmin: 'bench' });
  await migrate(client);
  const result = await writeSeed(client, options, { onProgress: (line) => console.log(`  ${line}`) });
  const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
  const secs = result.elapsedMs / 1000;
  const { rows } = await client.query<{ size: string }>(`select pg_size_pretty(pg_database_size(current_database())) as size`);
  console.log(`${options.projects * options.unitsPerProject} units, ${total} rows in ${secs.toFixed(1)} s ` +
    `(${Math.round(total / secs)} rows/s), database ${rows[0]?.size ?? '?'}`);
} finally {
  await client.end();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
