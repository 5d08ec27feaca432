// DEV ONLY — delete before finishing.
import pg from 'pg';
import * as sql from './sql.js';
const c = new pg.Client(process.argv[2]!); await c.connect();
const salt = 'x';
const id = (await c.query(`select id from projects where code='jxhy'`)).rows[0].id;
await c.query('begin'); await c.query(`set local work_mem='64MB'`);
for (const fn of sql.HASH_FUNCTIONS) await c.query(fn);
await c.query('drop table if exists pg_temp.history_bills, pg_temp.history_parts');
for (const [q, p] of [[sql.PLAN_BILLS, [id, '2024-10-01', '2026-09-01', salt]], [sql.PLAN_PAYMENTS, [id, salt, '2026-11-15']]] as const) {
  const r = await c.query('explain (analyze, timing off, buffers off) ' + q.replace(/create temp table \w+ as/, ''), p as unknown[]);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await c.query(q, p as unknown[]);
}
await c.query('rollback'); await c.end();
