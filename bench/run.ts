// `npm run bench`: runs the benchmarks one at a time (2 cores: nothing heavy in parallel), prints the figures
// and writes them to bench/results/<name>.json with the machine they were measured on.
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { benchPolicyEngine } from './policy-engine.js';
import { benchBillingRun } from './billing-run.js';
import { benchBillEdits } from './bill-edits.js';
import { benchImportParse } from './import-parse.js';
import { benchBillsGrid } from './bills-grid.js';
import { benchAnalytics } from './analytics.js';

const results = resolve(import.meta.dirname, 'results');
mkdirSync(results, { recursive: true });
const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };

function report(name: string, figures: object): void {
  writeFileSync(resolve(results, `${name}.json`), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, ...figures }, null, 2)}\n`);
}

// `npm run bench -- billing [units]` runs one benchmark (at another size); no argument runs them all.
const only = process.argv[2];
const units = process.argv[3] ? Number(process.argv[3]) : 100_000;

if (!only || only === 'engine') {
  console.log('policy engine: 20,000 seeded units × 4 fee items (fast path), 1,000 units (json-rules-engine)…');
  const engine = await benchPolicyEngine();
  console.log(`  fast path        ${engine.fastLinesPerSecond.toLocaleString('en')} fee lines/s (one core; median of rounds ` +
    `${engine.fastRoundsLinesPerSecond.map((r) => r.toLocaleString('en')).join(' / ')})`);
  console.log(`  json-rules-engine ${engine.referenceLinesPerSecond.toLocaleString('en')} fee lines/s`);
  console.log(`  ratio            ${engine.ratio}×   (targets: ≥ 400,000 lines/s and ≥ 15×)`);
  console.log(`  failed lines     ${engine.failedLines}`);
  report('policy-engine', engine);
}

if (!only || only === 'billing') {
  console.log(`billing run: ${units.toLocaleString('en')} units × 4 monthly fee items, one month, against a plain insert … select of the same bills…`);
  const { billing, after: edits } = await benchBillingRun(units, (line) => console.log(line), (stack, db, projectId) => benchBillEdits(stack, db, projectId));
  console.log(`  billing run      ${billing.runSeconds} s  (${billing.billsCreated.toLocaleString('en')} bills, ${billing.lineErrors} line errors)`);
  console.log(`  insert … select  ${billing.rawInsertSeconds} s`);
  console.log(`  ratio            ${billing.ratio}×   (target ≤ 2)`);
  console.log(`bills grid save: ${edits.rows.toLocaleString('en')} changed bills in one batch, against a plain update of as many rows…`);
  console.log(`  save_bill_edits  ${edits.batchSaveSeconds} s`);
  console.log(`  update           ${edits.rawUpdateSeconds} s`);
  console.log(`  ratio            ${edits.ratio}×   (target ≤ 3)`);
  // Only the issue's size is the recorded figure; other sizes are for trying things out.
  if (units === 100_000) {
    report('billing-run', billing);
    report('bill-edits', edits);
  }
}

if (!only || only === 'import') {
  console.log('xlsx import: 50,000 meter-reading rows — zip guard, SheetJS read, per-field validation (the worker\'s code), one core…');
  const parse = await benchImportParse();
  console.log(`  file             ${(parse.fileBytes / 1048576).toFixed(1)} MB`);
  console.log(`  parse + validate ${parse.parseSeconds} s  (${parse.rowsPerSecond.toLocaleString('en')} rows/s, ${parse.issues} issues)`);
  report('import-parse', parse);
}

if (!only || only === 'grid') {
  console.log('bills grid: 100,000 bills of a quarter in headless Chromium, production build (client-side row model)…');
  const grid = await benchBillsGrid(100_000, (line) => console.log(line));
  console.log(`  load             ${grid.loadSeconds} s  (PostgREST pages of 1,000 into the grid; JS heap ${grid.heapMb} MB)`);
  console.log(`  wheel scroll     120 px a frame, ${grid.wheel.frames} frames: p50 ${grid.wheel.p50} ms, p95 ${grid.wheel.p95} ms, max ${grid.wheel.max} ms`);
  console.log(`  scrollbar drag   a screen a frame, ${grid.drag.frames} frames: p50 ${grid.drag.p50} ms, p95 ${grid.drag.p95} ms, max ${grid.drag.max} ms`);
  report('bills-grid', grid);
}

if (!only || only === 'analytics') {
  const projects = only === 'analytics' && process.argv[3] ? Number(process.argv[3]) : 200;
  console.log(`HQ analytics: ${projects} projects × 1,000 units, 24 months of bills and payments; every dashboard RPC through PostgREST under RLS ` +
    'against a plain aggregate over the raw tables (superuser) on the same samples…');
  // FEEGRID_BENCH_DATA=<folder> keeps the seeded database there for the next run.
  const a = await benchAnalytics(projects, (line) => console.log(line), process.env.FEEGRID_BENCH_DATA);
  console.log(`  data             ${a.rows.units.toLocaleString('en')} units, ${a.rows.bills.toLocaleString('en')} bills, ` +
    `${a.rows.payments.toLocaleString('en')} payments, ${a.rows.payment_allocations.toLocaleString('en')} allocations`);
  const h = a.seconds.history;
  console.log(h ? `  setup            stack ${a.seconds.stack} s, seed ${a.seconds.seed} s, history ${h.load} s + analytics rebuild ` +
    `${h.analytics} s + analyze ${h.analyze} s, vacuum analyze ${a.seconds.vacuumAnalyze} s` : `  setup            stack ${a.seconds.stack} s (database of an earlier run)`);
  console.log(`  ${'query'.padEnd(40)} ${'n'.padStart(3)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} │ ${'raw n'.padStart(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} │ same`);
  for (const q of a.queries) {
    const ms = (x: number) => `${x.toFixed(1)}`.padStart(8);
    console.log(`  ${`${q.name} (${q.as})`.padEnd(40)} ${String(q.rpc.samples).padStart(3)} ${ms(q.rpc.p50)} ${ms(q.rpc.p95)} ${ms(q.rpc.max)} │ ` +
      `${String(q.raw.samples).padStart(5)} ${ms(q.raw.p50)} ${ms(q.raw.p95)} │ ${q.mismatches ? `${q.mismatches} differ` : 'yes'}`);
  }
  const worst = Math.max(...a.queries.map((q) => q.rpc.p95));
  console.log(`  worst RPC p95    ${worst} ms   (target < 300 ms)`);
  const u = a.underLoad;
  console.log(`  under load       ${u.paymentsPosted} payments in ${u.seconds} s (${u.paymentsPerSecond}/s, post_payment p95 ${u.post.p95} ms, ` +
    `${u.paymentErrors} errors); HQ queries meanwhile:`);
  for (const q of u.queries) console.log(`    ${q.name.padEnd(38)} ${String(q.latency.samples).padStart(3)} p50 ${q.latency.p50} ms p95 ${q.latency.p95} ms max ${q.latency.max} ms`);
  console.log(`  after the writes ${u.checks} figures of the office project checked against the raw tables: ${u.mismatches ? `${u.mismatches} differ` : 'all equal'}`);
  console.log(`  compact          private.compact_analytics() ${a.compact.seconds} s, ${a.compact.folded} rows folded; ` +
    `figures after it: ${a.compact.mismatchesAfter ? `${a.compact.mismatchesAfter} differ` : 'all equal'}`);
  for (const q of a.queries.filter((x) => x.example)) console.log(`  mismatch ${q.name} (${q.as}): ${JSON.stringify(q.example)}`);
  if (u.example) console.log(`  mismatch after the writes: ${JSON.stringify(u.example)}`);
  // Only the issue's size is the recorded figure.
  if (projects === 200) report('analytics', a);
}
