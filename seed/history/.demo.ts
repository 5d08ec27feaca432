// DEV ONLY — delete before finishing.
import pg from 'pg';
import { startThrowawayStack } from '../../stack/throwaway.js';
import { ensureDemoData } from '../../stack/demo.js';
const { stack, dispose } = await startThrowawayStack('histdemo');
try {
  const t = performance.now();
  console.log(await ensureDemoData(stack, (l) => console.log(l), { historyMonths: 24 }), ((performance.now() - t) / 1000).toFixed(1), 's');
  const db = new pg.Client(stack.dbUrl); await db.connect();
  console.log((await db.query(`select p.code, (select count(*) from bills b where b.project_id = p.id) bills,
    (select string_agg(coalesce(s.full_name, '-') || ':' || n, ',') from (select recorded_by, count(*) n from payments pay where pay.project_id = p.id group by 1) x left join staff s on s.user_id = x.recorded_by) collectors
    from projects p order by 1`)).rows);
  console.log((await db.query(`select count(*) from bills where period_start >= '2026-10-01'`)).rows);
  await db.end();
} finally { await dispose(); }
