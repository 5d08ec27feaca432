// DEV ONLY — delete before finishing.
import pg from 'pg';
import { writeHistory } from './write-history.js';
const c = new pg.Client(process.argv[2]!); await c.connect();
const r = await writeHistory(c, { fromMonth: '2024-10-01', toMonth: '2026-09-01', onProgress: (l) => console.log(l) });
console.log(JSON.stringify(r));
await c.end();
