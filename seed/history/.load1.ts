// DEV ONLY — delete before finishing. Loads history SQL for the given project codes without rebuilding analytics.
import pg from 'pg';
import * as sql from './sql.js';
const c = new pg.Client(process.argv[2]!); await c.connect();
const codes = process.argv.slice(3);
const salt = 'feegrid-history/2026';
await c.query('begin'); await c.query('set local session_replication_role = replica'); await c.query(`set local work_mem='64MB'`);
for (const fn of sql.HASH_FUNCTIONS) await c.query(fn);
for (const code of codes) {
  const id = (await c.query(`select id from projects where code=$1`, [code])).rows[0].id;
  const t = performance.now();
  await c.query('drop table if exists pg_temp.history_bills, pg_temp.history_parts');
  await c.query(sql.PLAN_BILLS, [id, '2024-10-01', '2026-09-01', salt]);
  const t1 = performance.now();
  await c.query(sql.PLAN_PAYMENTS, [id, salt, '2026-11-15']);
  const t2 = performance.now();
  const b = (await c.query(sql.INSERT_BILLS, [id])).rowCount;
  const t3 = performance.now();
  const p = (await c.query(sql.INSERT_PAYMENTS, [id, []])).rowCount;
  const t4 = performance.now();
  const a = (await c.query(sql.INSERT_ALLOCATIONS, [id, salt])).rowCount;
  const t5 = performance.now();
  console.log(code, b, p, a, [t1 - t, t2 - t1, t3 - t2, t4 - t3, t5 - t4].map((x) => Math.round(x)));
}
await c.query('commit'); await c.end();
