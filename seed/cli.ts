// npm run seed -- [--projects N] [--units M] [--seed S] [--as-of YYYY-MM-DD] [--history-months H] [--reset] [--skip-users]
// Env: FEEGRID_DB_URL (superuser URL, required), FEEGRID_API_URL + FEEGRID_SERVICE_ROLE_KEY (for the demo logins).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_SEED_OPTIONS, planSeed, resolveOptions } from './generate/index.js';
import { SeedConflictError, writeSeed } from './write/write-seed.js';
import { authAdminApi, createDemoUsers } from './write/users.js';
import { historyRange } from './history/range.js';
import { writeHistory } from './history/write-history.js';

const USAGE = `usage: npm run seed -- [--projects N] [--units M] [--seed S] [--as-of YYYY-MM-DD] [--history-months H] [--reset] [--skip-users]
  --projects   total projects across both demo companies (default ${DEFAULT_SEED_OPTIONS.projects}: jxhy, htya, chy, bjyh, then generated)
  --units      units per project (default ${DEFAULT_SEED_OPTIONS.unitsPerProject})
  --seed       PRNG seed (default ${DEFAULT_SEED_OPTIONS.seed}); same options → identical data and ids
  --as-of      the data's "today" (default ${DEFAULT_SEED_OPTIONS.asOf})
  --history-months
               also H months of issued bills and their payments, ending before the quarter of --as-of
               (24 with the default: 2024-10 … 2026-09), as if migrated from the previous system (default 0)
  --reset      delete every project of the demo companies first (otherwise refuse if they exist)
  --skip-users do not create the demo logins
env: FEEGRID_DB_URL (superuser), FEEGRID_API_URL and FEEGRID_SERVICE_ROLE_KEY (demo logins)`;

function intArg(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} expects an integer, got '${value}'`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      projects: { type: 'string' }, units: { type: 'string' }, seed: { type: 'string' }, 'as-of': { type: 'string' },
      'history-months': { type: 'string' },
      reset: { type: 'boolean', default: false }, 'skip-users': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const options = resolveOptions({
    projects: intArg('projects', values.projects, DEFAULT_SEED_OPTIONS.projects),
    unitsPerProject: intArg('units', values.units, DEFAULT_SEED_OPTIONS.unitsPerProject),
    seed: intArg('seed', values.seed, DEFAULT_SEED_OPTIONS.seed),
    asOf: values['as-of'] ?? DEFAULT_SEED_OPTIONS.asOf,
  });
  const historyMonths = intArg('history-months', values['history-months'], 0);
  const history = historyMonths === 0 ? undefined : historyRange(historyMonths, options.asOf);
  const dbUrl = process.env.FEEGRID_DB_URL;
  if (!dbUrl) {
    console.error(`FEEGRID_DB_URL is not set (the superuser connection string of the database to seed).\n\n${USAGE}`);
    return 2;
  }
  const apiUrl = process.env.FEEGRID_API_URL;
  const serviceKey = process.env.FEEGRID_SERVICE_ROLE_KEY;
  const withUsers = !values['skip-users'];
  if (withUsers && (!apiUrl || !serviceKey)) {
    const missing = [!apiUrl && 'FEEGRID_API_URL', !serviceKey && 'FEEGRID_SERVICE_ROLE_KEY'].filter(Boolean).join(' and ');
    console.error(`${missing} not set: the demo logins need the Auth admin API (with the service-role key). Set it, or pass --skip-users.`);
    return 2;
  }

  const started = performance.now();
  console.log(`seeding ${options.projects} project(s) × ${options.unitsPerProject} units (seed ${options.seed}, as of ${options.asOf})`);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const result = await writeSeed(client, options, { reset: values.reset, onProgress: (line) => console.log(`  ${line}`) });
    const summary = Object.entries(result.rows).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`data written in ${(result.elapsedMs / 1000).toFixed(1)} s: ${summary}`);
    if (withUsers && apiUrl && serviceKey) {
      const users = await createDemoUsers(authAdminApi(apiUrl, serviceKey), client);
      console.log(`demo logins: ${users.created.length} created, ${users.existing.length} already there` +
        (users.skipped.length ? `, skipped ${users.skipped.map((s) => `${s.email} (${s.reason})`).join(', ')}` : ''));
    }
    // After the logins: the history's payments are taken by the projects' cashiers.
    if (history) {
      console.log(`history: ${historyMonths} months, ${history.fromMonth.slice(0, 7)} … ${history.toMonth.slice(0, 7)}`);
      const written = await writeHistory(client, {
        ...history, projectIds: planSeed(options).projects.map((p) => p.row.id), paidThrough: options.asOf, seed: options.seed,
        onProgress: (line) => console.log(`  ${line}`),
      });
      console.log(`history written in ${written.seconds.total.toFixed(1)} s: bills ${written.rows.bills}, ` +
        `payments ${written.rows.payments}, payment_allocations ${written.rows.payment_allocations}`);
    }
  } catch (e) {
    if (e instanceof SeedConflictError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    await client.end();
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
