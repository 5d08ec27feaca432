// The HQ dashboards at the issue's size: 200 projects × 1,000 units (two companies) with 24 months of bills and
// payments from the history generator. Every dashboard RPC is timed through PostgREST under RLS (an HQ analyst of
// both companies, and a project manager for the office view), next to a plain aggregate over the raw tables
// (bills, payment_allocations, payments, units, fee_items, projects) run as superuser on the same samples; both
// must give the same figures, to the fen. Then one cashier posts payments through post_payment while the HQ
// queries keep running, the summaries are compacted, and the figures of that project are checked again.
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { startThrowawayStack } from '../stack/throwaway.js';
import type { Stack } from '../stack/stack.js';
import { writeSeed } from '../seed/write/write-seed.js';
import { resolveOptions } from '../seed/generate/index.js';
import { dayOfMonthBefore, toDay, toIso } from '../seed/generate/calendar.js';
import { Rng } from '../seed/generate/rng.js';
import { authAdminApi, createDemoUsers } from '../seed/write/users.js';
import { DEMO_PASSWORD, type AppRole, type DemoUser } from '../seed/demo-users.js';
import { monthsOf, type HistoryRange } from '../seed/history/range.js';
import { writeHistory, type HistoryResult } from '../seed/history/write-history.js';

const UNITS_PER_PROJECT = 1000;
const HISTORY: HistoryRange = { fromMonth: '2024-10-01', toMonth: '2026-09-01' };
const SAMPLES = 40;
const WARM_UP = 3;
/** A raw aggregate over every project takes many seconds: each query's baseline stops after this long (at least 3 samples). */
const BASELINE_BUDGET_MS = 30_000;
const BASELINE_MIN_SAMPLES = 3;
const WRITE_PHASE_MS = 45_000;
/** The project whose cashier posts during the write phase, and whose manager is the office view. */
const OFFICE = 'jxhy';

export interface Latency { samples: number; p50: number; p95: number; max: number }

export interface QueryFigures {
  name: string;
  /** Who calls the RPC: the HQ analyst of both companies or the office's manager (RLS: one project). */
  as: 'hq' | 'manager';
  rpc: Latency;
  raw: Latency;
  /** Samples whose RPC answer differs from the raw aggregate's (every column, amounts as strings). */
  mismatches: number;
  example?: Mismatch;
}

export interface Mismatch { params: Record<string, unknown>; rpc: unknown; raw: unknown }

export interface AnalyticsBench {
  projects: number;
  unitsPerProject: number;
  months: number;
  rows: { units: number; bills: number; payments: number; payment_allocations: number; receivable_cells: number; collection_cells: number };
  /** Seeding figures are null when the database of an earlier run was reused (FEEGRID_BENCH_DATA). */
  seconds: { stack: number; seed: number | null; history: HistoryResult['seconds'] | null; vacuumAnalyze: number | null };
  queries: QueryFigures[];
  underLoad: {
    seconds: number;
    paymentsPosted: number;
    paymentErrors: number;
    paymentsPerSecond: number;
    post: Latency;
    queries: { name: string; latency: Latency }[];
    /** The office project's figures against the raw aggregate after the writes, then after compacting. */
    checks: number;
    mismatches: number;
    example?: Mismatch;
  };
  compact: { seconds: number; folded: number; mismatchesAfter: number };
}

// ── small helpers ───────────────────────────────────────────────────────────────────────────────────────────

const round1 = (ms: number): number => Number(ms.toFixed(1));

function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? 0;
  return { samples: sorted.length, p50: round1(at(0.5)), p95: round1(at(0.95)), max: round1(sorted.at(-1) ?? 0) };
}

const monthEnd = (month: string): string => toIso(dayOfMonthBefore(toDay(month), -1, 1) - 1);
const addMonths = (month: string, n: number): string => toIso(dayOfMonthBefore(toDay(month), -n, 1));

/** Rows as arrays of strings (null stays null), so numbers, booleans and text compare alike. */
function normalize(rows: readonly Record<string, unknown>[]): (string | null)[][] {
  return rows.map((row) => Object.entries(row).map(([, v]) => (v === null || v === undefined ? null : String(v))));
}

function sameRows(rpc: readonly Record<string, unknown>[], raw: readonly Record<string, unknown>[]): boolean {
  const keys = (rows: readonly Record<string, unknown>[]) => JSON.stringify(rows.map((r) => Object.keys(r)));
  return keys(rpc) === keys(raw) && JSON.stringify(normalize(rpc)) === JSON.stringify(normalize(raw));
}

/** The first differing row of two answers (or the lengths), for the report. */
function firstDifference(rpc: readonly Record<string, unknown>[], raw: readonly Record<string, unknown>[]): { rpc: unknown; raw: unknown } {
  const a = normalize(rpc);
  const b = normalize(raw);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return { rpc: rpc[i] ?? `(${a.length} rows)`, raw: raw[i] ?? `(${b.length} rows)` };
  }
  return { rpc: Object.keys(rpc[0] ?? {}), raw: Object.keys(raw[0] ?? {}) };
}

// ── the raw aggregates ─────────────────────────────────────────────────────────────────────────────────────
// Each answers one RPC from the raw tables, by the definitions in the analytics migration's header, with the
// RPC's columns and order. Reviewed bills = approved or issued, of the main ledger; a payment's month is its
// business month in the project's time zone.

/** private.rate: part ÷ whole in percent, two decimals, text; no rate without a positive whole. */
const rate = (part: string, whole: string): string =>
  `case when (${whole})::numeric > 0 then round(100 * coalesce((${part})::numeric, 0) / (${whole})::numeric, 2)::text end`;
const money = (x: string): string => `coalesce(${x}, 0)::numeric(16,2)::text`;
/** The parameters are used in place (no CTE of them), so the planner sees their values and sizes the joins by them. */
const periodLength = (kind: string) => `case ${kind}::text when 'month' then interval '1 month' when 'quarter' then interval '3 months' else interval '1 year' end`;
const periodEnd = (start: string, kind: string) => `((${start}::date + ${periodLength(kind)})::date - 1)`;
const asOfMonth = (asOf: string) => `date_trunc('month', ${asOf}::date)::date`;
/** Allocations with their payment's business month, toward the bills of `bills` (a CTE with id and project_id). */
const moves = (bills: string, columns: string) => `
  select ${columns}, a.amount, date_trunc('month', p.paid_at at time zone pr.timezone)::date as pay_month
    from ${bills} rb
    join public.payment_allocations a on a.project_id = rb.project_id and a.bill_id = rb.id
    join public.payments p on p.project_id = a.project_id and p.id = a.payment_id
    join public.projects pr on pr.id = p.project_id`;
const REVIEWED_MAIN = `
    join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
    join public.units u on u.project_id = b.project_id and u.id = b.unit_id`;

interface Raw { sql: string; args: (params: Record<string, unknown>) => unknown[] }

const rawQuery = (sql: string, args: Raw['args']): Raw => ({ sql, args });

async function runRaw(db: pg.ClientBase, raw: Raw, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  return (await db.query<Record<string, unknown>>(raw.sql, raw.args(params))).rows;
}

// $1 level, $2 kind, $3 period start, $4 as of, $5 project, $6 building
const RAW_RATES = rawQuery(`
with rb as not materialized (
  select b.id, b.project_id, b.unit_id, b.total_due, b.period_start >= $3::date as current,
         case $1::text when 'project' then b.project_id::text when 'building' then u.building_id::text
                       when 'category' then f.category::text else b.fee_item_id::text end as group_id,
         case when $1::text <> 'category' then b.project_id end as group_project,
         coalesce(f.collection_target, case when f.category = 'parking' then 100 else 95 end) as target
    from public.bills b ${REVIEWED_MAIN}
   where b.status in ('approved', 'issued') and b.period_start <= ${periodEnd('$3', '$2')}
     and ($5::uuid is null or b.project_id = $5::uuid) and ($6::uuid is null or u.building_id = $6::uuid)
),
mv as not materialized (${moves('rb', 'rb.group_id, rb.unit_id, rb.current')}),
due as (
  select group_id, group_project,
         coalesce(sum(total_due) filter (where current), 0) as receivable,
         coalesce(sum(total_due) filter (where not current), 0) as prior_receivable,
         case when sum(total_due) filter (where current) > 0
              then round(sum(total_due * target) filter (where current) / sum(total_due) filter (where current), 2)
              else max(target) end as target
    from rb group by 1, 2
),
paid as (
  select group_id,
         coalesce(sum(amount) filter (where current and pay_month <= ${asOfMonth('$4')}), 0) as collected,
         coalesce(sum(amount) filter (where not current and pay_month < $3::date), 0) as prior_paid,
         coalesce(sum(amount) filter (where not current and pay_month >= $3::date
                                        and pay_month <= least(${asOfMonth('$4')}, ${periodEnd('$3', '$2')})), 0) as arrears_collected
    from mv group by 1
),
homes as (
  select d.group_id, count(*)::integer as households, count(*) filter (where coalesce(p.paid, 0) >= d.due)::integer as households_paid
    from (select group_id, unit_id, sum(total_due) as due from rb where current group by 1, 2) d
    left join (select group_id, unit_id, sum(amount) as paid from mv where current and pay_month <= ${asOfMonth('$4')} group by 1, 2) p
      using (group_id, unit_id)
   where d.due > 0 and $1::text in ('project', 'building')
   group by 1
),
g as (
  select d.group_id, d.group_project, d.receivable, coalesce(p.collected, 0) as collected,
         d.prior_receivable - coalesce(p.prior_paid, 0) as prior_arrears, coalesce(p.arrears_collected, 0) as arrears_collected, d.target
    from due d left join paid p using (group_id)
)
select g.group_id,
       case $1::text when 'project' then (select p.name from public.projects p where p.id = g.group_project)
                     when 'building' then (select b.name from public.buildings b where b.project_id = g.group_project and b.id::text = g.group_id)
                     when 'fee_item' then (select f.name_zh from public.fee_items f where f.project_id = g.group_project and f.id::text = g.group_id)
                     else g.group_id end as group_name,
       g.group_project as project_id,
       ${money('g.receivable')} as receivable, ${money('g.collected')} as collected, ${money('g.prior_arrears')} as prior_arrears,
       ${money('g.arrears_collected')} as arrears_collected,
       ${rate('g.collected', 'g.receivable')} as current_rate, ${rate('g.arrears_collected', 'g.prior_arrears')} as arrears_rate,
       ${rate('g.collected + g.arrears_collected', 'g.receivable + g.prior_arrears')} as overall_rate,
       h.households, h.households_paid, ${rate('h.households_paid', 'h.households')} as household_rate, g.target::text as target
  from g left join homes h on h.group_id = g.group_id
 order by (${rate('g.collected', 'g.receivable')})::numeric nulls last, g.group_id`,
(p) => [p.p_level, p.p_kind, p.p_start, p.p_as_of, p.p_project_id ?? null, p.p_building_id ?? null]);

// $1 kind, $2 first period, $3 last period, $4 project
const RAW_TREND = rawQuery(`
with periods as (
  select g::date as ps, (g + ${periodLength('$1')})::date as next_start
    from generate_series($2::date::timestamp, $3::date::timestamp, ${periodLength('$1')}) g
),
rb as not materialized (
  select b.id, b.project_id, date_trunc($1::text, b.period_start)::date as ps, b.total_due
    from public.bills b ${REVIEWED_MAIN}
   where b.status in ('approved', 'issued') and b.period_start >= $2::date and b.period_start <= ${periodEnd('$3', '$1')}
     and ($4::uuid is null or b.project_id = $4::uuid)
),
recv as (select ps, sum(total_due) as receivable from rb group by 1),
coll as (
  select m.ps, sum(m.amount) filter (where m.pay_month < pe.next_start) as by_end, sum(m.amount) as now
    from (${moves('rb', 'rb.ps')}) m join periods pe on pe.ps = m.ps
   group by 1
)
select pe.ps::text as period_start, ${money('r.receivable')} as receivable, ${money('c.by_end')} as collected_by_end,
       ${money('c.now')} as collected_now, ${rate('c.by_end', 'r.receivable')} as rate_at_end, ${rate('c.now', 'r.receivable')} as rate_now
  from periods pe left join recv r on r.ps = pe.ps left join coll c on c.ps = pe.ps
 order by pe.ps`,
(p) => [p.p_kind, p.p_from, p.p_to, p.p_project_id ?? null]);

// $1 level, $2 as of, $3 project. Open = receivable less what was paid by the as-of month, per bill cell (the
// due date decides the bucket).
const RAW_AGING = rawQuery(`
with rb as not materialized (
  select b.id, b.project_id, u.building_id, b.fee_item_id, f.category, coalesce(b.due_date, b.period_end) as due_date, b.total_due
    from public.bills b ${REVIEWED_MAIN}
   where b.status in ('approved', 'issued') and b.period_start < ${asOfMonth('$2')} + interval '1 month'
     and ($3::uuid is null or b.project_id = $3::uuid)
),
cells as (
  select project_id, building_id, fee_item_id, category, due_date, sum(amount) as open_amount
    from (select project_id, building_id, fee_item_id, category, due_date, total_due as amount from rb
          union all
          select m.project_id, m.building_id, m.fee_item_id, m.category, m.due_date, -m.amount
            from (${moves('rb', 'rb.project_id, rb.building_id, rb.fee_item_id, rb.category, rb.due_date')}) m
           where m.pay_month <= ${asOfMonth('$2')}) k
   group by 1, 2, 3, 4, 5
),
aged as (
  select case $1::text when 'total' then 'total' when 'project' then c.project_id::text when 'building' then c.building_id::text
                       when 'category' then c.category::text else c.fee_item_id::text end as group_id,
         case when $1::text in ('project', 'building', 'fee_item') then c.project_id end as project_id,
         $2::date - c.due_date as age, c.open_amount
    from cells c where c.open_amount <> 0
),
buckets as (
  select group_id, project_id,
         coalesce(sum(open_amount) filter (where age < 0), 0) as not_due,
         coalesce(sum(open_amount) filter (where age between 0 and 30), 0) as d0_30,
         coalesce(sum(open_amount) filter (where age between 31 and 90), 0) as d31_90,
         coalesce(sum(open_amount) filter (where age between 91 and 180), 0) as d91_180,
         coalesce(sum(open_amount) filter (where age between 181 and 365), 0) as d181_365,
         coalesce(sum(open_amount) filter (where age > 365), 0) as over_365
    from aged group by 1, 2
)
select b.group_id,
       case $1::text when 'project' then (select p.name from public.projects p where p.id = b.project_id)
                     when 'building' then (select bl.name from public.buildings bl where bl.project_id = b.project_id and bl.id::text = b.group_id)
                     when 'fee_item' then (select f.name_zh from public.fee_items f where f.project_id = b.project_id and f.id::text = b.group_id)
                     else b.group_id end as group_name,
       b.project_id, ${money('b.not_due')} as not_due, ${money('b.d0_30')} as d0_30, ${money('b.d31_90')} as d31_90,
       ${money('b.d91_180')} as d91_180, ${money('b.d181_365')} as d181_365, ${money('b.over_365')} as over_365,
       ${money('b.d0_30 + b.d31_90 + b.d91_180 + b.d181_365 + b.over_365')} as overdue
  from buckets b
 order by b.d0_30 + b.d31_90 + b.d91_180 + b.d181_365 + b.over_365 desc, b.group_id`,
(p) => [p.p_level, p.p_as_of, p.p_project_id ?? null]);

// $1 limit, $2 project. The open balance and bill count are of reviewed main-ledger bills, as the debtor summary
// keeps them; the rooms and the oldest due date are of every reviewed open bill, as the RPC reads them.
const RAW_DEBTORS = rawQuery(`
with d as (
  select b.project_id, b.owner_id, sum(b.balance) as open_balance, count(*) filter (where b.balance > 0)::integer as open_bills
    from public.bills b join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
   where b.status in ('approved', 'issued') and b.owner_id is not null and ($2::uuid is null or b.project_id = $2::uuid)
   group by 1, 2 having sum(b.balance) > 0
   order by 3 desc, 2 limit least(greatest(coalesce($1::integer, 20), 1), 200)
)
select d.project_id, p.name as project_name, d.owner_id, o.name as owner_name, o.phone as owner_phone,
       (select string_agg(distinct u.room_no, '、' order by u.room_no) from public.bills b join public.units u on u.project_id = b.project_id and u.id = b.unit_id
         where b.project_id = d.project_id and b.owner_id = d.owner_id and b.balance > 0 and b.status in ('approved', 'issued')) as rooms,
       d.open_balance::text as open_balance, d.open_bills,
       (select min(b.due_date) from public.bills b
         where b.project_id = d.project_id and b.owner_id = d.owner_id and b.balance > 0 and b.status in ('approved', 'issued'))::text as oldest_due
  from d join public.projects p on p.id = d.project_id join public.owners o on o.project_id = d.project_id and o.id = d.owner_id
 order by d.open_balance desc, d.owner_id`,
(p) => [p.p_limit, p.p_project_id ?? null]);

// $1 building, $2 kind, $3 period start, $4 as of
const RAW_UNITS = rawQuery(`
with units as (
  select u.* from public.buildings bl join public.units u on u.project_id = bl.project_id and u.building_id = bl.id where bl.id = $1::uuid
),
rb as (
  select b.id, b.project_id, b.unit_id, b.total_due
    from units u
    join public.bills b on b.project_id = u.project_id and b.unit_id = u.id and b.period_start between $3::date and ${periodEnd('$3', '$2')}
    join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
   where b.status in ('approved', 'issued')
),
due as (select unit_id, sum(total_due) as receivable from rb group by 1),
paid as (select m.unit_id, sum(m.amount) as collected from (${moves('rb', 'rb.unit_id')}) m where m.pay_month <= ${asOfMonth('$4')} group by 1)
select u.id as unit_id, u.room_no,
       (select o.name from public.unit_ownerships uo join public.owners o on o.project_id = uo.project_id and o.id = uo.owner_id
         where uo.project_id = u.project_id and uo.unit_id = u.id and uo.to_date is null) as owner_name,
       ${money('d.receivable')} as receivable, ${money('pd.collected')} as collected,
       ${money(`(select sum(b.balance) from public.bills b where b.project_id = u.project_id and b.unit_id = u.id and b.status in ('approved', 'issued'))`)} as balance_now,
       coalesce(d.receivable, 0) > 0 and coalesce(pd.collected, 0) >= d.receivable as paid_in_full
  from units u left join due d on d.unit_id = u.id left join paid pd on pd.unit_id = u.id
 order by coalesce(d.receivable, 0) - coalesce(pd.collected, 0) desc, u.room_no`,
(p) => [p.p_building_id, p.p_kind, p.p_start, p.p_as_of]);

// $1 project, $2 kind, $3 period start, $4 as of. Prepaid draws are nobody's collection.
const RAW_COLLECTORS = rawQuery(`
with t as (
  select p.recorded_by as collector_id,
         coalesce(sum(a.amount) filter (where b.period_start between $3::date and ${periodEnd('$3', '$2')}), 0) as cur,
         coalesce(sum(a.amount) filter (where b.period_start < $3::date), 0) as arrears,
         coalesce(sum(a.amount) filter (where b.period_start > ${periodEnd('$3', '$2')}), 0) as ahead
    from public.payment_allocations a
    join public.payments p on p.project_id = a.project_id and p.id = a.payment_id and p.method <> 'prepaid'
    join public.projects pr on pr.id = p.project_id
    join public.bills b on b.project_id = a.project_id and b.id = a.bill_id
    join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
   where a.project_id = $1::uuid
     and date_trunc('month', p.paid_at at time zone pr.timezone)::date between $3::date and least(${asOfMonth('$4')}, ${periodEnd('$3', '$2')})
   group by 1
)
select t.collector_id, (select s.full_name from public.staff s where s.user_id = t.collector_id) as collector_name,
       ${money('t.cur')} as current_collected, ${money('t.arrears')} as arrears_collected, ${money('t.ahead')} as ahead_collected,
       ${money('t.cur + t.arrears + t.ahead')} as total
  from t where t.cur + t.arrears + t.ahead <> 0
 order by t.cur + t.arrears + t.ahead desc, t.collector_id`,
(p) => [p.p_project_id, p.p_kind, p.p_start, p.p_as_of]);

// $1 project, $2 day
const RAW_DAY = rawQuery(`
select p.method, count(*) filter (where p.kind = 'payment')::integer as payments, sum(p.amount)::text as amount
  from public.payments p join public.projects pr on pr.id = p.project_id
 where p.project_id = $1::uuid and (p.paid_at at time zone pr.timezone)::date = $2::date and p.method <> 'prepaid'
 group by 1 order by 1`,
(p) => [p.p_project_id, p.p_day]);

// $1 project
const RAW_PIPELINE = rawQuery(`
select coalesce(b.dunning_stage, 'none') as stage, count(distinct b.owner_id)::integer as owners, count(*)::integer as bills, sum(b.balance)::text as amount
  from public.bills b
 where b.project_id = $1::uuid and b.balance > 0 and b.status in ('approved', 'issued')
 group by 1 order by 1`,
(p) => [p.p_project_id]);

// ── what is sampled ────────────────────────────────────────────────────────────────────────────────────────

interface Place { id: string; code: string; buildings: string[] }

interface QuerySpec { name: string; as: 'hq' | 'manager'; rpc: string; raw: Raw; samples: Record<string, unknown>[] }

const HISTORY_MONTHS = monthsOf(HISTORY);
const QUARTERS = HISTORY_MONTHS.filter((m) => ['01', '04', '07', '10'].includes(m.slice(5, 7)));
const YEARS = [...new Set(HISTORY_MONTHS.map((m) => `${m.slice(0, 4)}-01-01`))];
const LATEST = { month: HISTORY.toMonth, quarter: QUARTERS.at(-1)!, year: YEARS.at(-1)! };

/** A period of the history and an as-of date that answers it: a month end at or after its end, or today. */
function period(rng: Rng, today: string): { p_kind: string; p_start: string; p_as_of: string } {
  const kind = rng.weighted([['month', 2], ['quarter', 2], ['year', 1]] as const);
  const start = kind === 'month' ? rng.pick(HISTORY_MONTHS) : kind === 'quarter' ? rng.pick(QUARTERS) : rng.pick(YEARS);
  const lastMonth = addMonths(start, kind === 'month' ? 0 : kind === 'quarter' ? 2 : 11);
  const asOfMonth = [lastMonth, addMonths(lastMonth, 1), addMonths(lastMonth, 3)].filter((m) => m <= HISTORY.toMonth);
  return { p_kind: kind, p_start: start, p_as_of: rng.chance(0.3) || asOfMonth.length === 0 ? today : monthEnd(rng.pick(asOfMonth)) };
}

function latestPeriod(rng: Rng, today: string): { p_kind: string; p_start: string; p_as_of: string } {
  const kind = rng.pick(['month', 'quarter', 'year'] as const);
  return { p_kind: kind, p_start: LATEST[kind], p_as_of: rng.pick([monthEnd(HISTORY.toMonth), monthEnd(addMonths(HISTORY.toMonth, 1)), today]) };
}

function querySpecs(places: readonly Place[], office: Place, today: string): QuerySpec[] {
  const rng = new Rng('bench/analytics/samples');
  const many = (make: () => Record<string, unknown>) => Array.from({ length: SAMPLES }, make);
  const place = () => rng.pick(places);
  const asOf = () => (rng.chance(0.3) ? today : monthEnd(rng.pick(HISTORY_MONTHS)));
  const days = HISTORY_MONTHS.flatMap((m) => ['05', '10', '20'].map((d) => `${m.slice(0, 8)}${d}`));
  const trend = (projectId: string | null) => {
    const kind = rng.pick(['month', 'quarter'] as const);
    return { p_kind: kind, p_from: HISTORY.fromMonth, p_to: kind === 'month' ? HISTORY.toMonth : LATEST.quarter, p_project_id: projectId };
  };
  const building = (p: Place) => ({ p_level: 'building', ...period(rng, today), p_project_id: p.id });
  const units = (p: Place) => ({ p_building_id: rng.pick(p.buildings), ...period(rng, today) });
  return [
    { name: 'collection_rates project', as: 'hq', rpc: 'collection_rates', raw: RAW_RATES,
      samples: many(() => ({ p_level: 'project', ...(rng.chance(0.5) ? latestPeriod(rng, today) : period(rng, today)) })) },
    { name: 'collection_rates category', as: 'hq', rpc: 'collection_rates', raw: RAW_RATES,
      samples: many(() => ({ p_level: 'category', ...period(rng, today) })) },
    { name: 'collection_rates building', as: 'hq', rpc: 'collection_rates', raw: RAW_RATES, samples: many(() => building(place())) },
    { name: 'collection_trend all projects', as: 'hq', rpc: 'collection_trend', raw: RAW_TREND, samples: many(() => trend(null)) },
    { name: 'collection_trend project', as: 'hq', rpc: 'collection_trend', raw: RAW_TREND, samples: many(() => trend(place().id)) },
    { name: 'arrears_aging project', as: 'hq', rpc: 'arrears_aging', raw: RAW_AGING, samples: many(() => ({ p_level: 'project', p_as_of: asOf() })) },
    { name: 'arrears_aging total', as: 'hq', rpc: 'arrears_aging', raw: RAW_AGING, samples: many(() => ({ p_level: 'total', p_as_of: asOf() })) },
    { name: 'top_debtors 20', as: 'hq', rpc: 'top_debtors', raw: RAW_DEBTORS,
      samples: many(() => ({ p_limit: 20, p_project_id: rng.chance(0.5) ? null : place().id })) },
    { name: 'unit_collection', as: 'hq', rpc: 'unit_collection', raw: RAW_UNITS, samples: many(() => units(place())) },
    { name: 'collector_totals', as: 'hq', rpc: 'collector_totals', raw: RAW_COLLECTORS,
      samples: many(() => ({ p_project_id: place().id, ...period(rng, today) })) },
    { name: 'collections_on_day', as: 'hq', rpc: 'collections_on_day', raw: RAW_DAY,
      samples: many(() => ({ p_project_id: place().id, p_day: rng.pick(days) })) },
    { name: 'dunning_pipeline', as: 'hq', rpc: 'dunning_pipeline', raw: RAW_PIPELINE, samples: many(() => ({ p_project_id: place().id })) },
    { name: 'collection_rates project', as: 'manager', rpc: 'collection_rates', raw: RAW_RATES,
      samples: many(() => ({ p_level: 'project', ...latestPeriod(rng, today), p_project_id: office.id })) },
    { name: 'collection_rates building', as: 'manager', rpc: 'collection_rates', raw: RAW_RATES, samples: many(() => building(office)) },
    { name: 'unit_collection', as: 'manager', rpc: 'unit_collection', raw: RAW_UNITS, samples: many(() => units(office)) },
    { name: 'collections_on_day', as: 'manager', rpc: 'collections_on_day', raw: RAW_DAY,
      samples: many(() => ({ p_project_id: office.id, p_day: rng.pick(days) })) },
    { name: 'dunning_pipeline', as: 'manager', rpc: 'dunning_pipeline', raw: RAW_PIPELINE, samples: many(() => ({ p_project_id: office.id })) },
  ];
}

// ── running them ───────────────────────────────────────────────────────────────────────────────────────────

async function callRpc(client: SupabaseClient, rpc: string, params: Record<string, unknown>): Promise<{ rows: Record<string, unknown>[]; ms: number }> {
  const t = performance.now();
  const { data, error } = await client.rpc(rpc, params);
  const ms = performance.now() - t;
  if (error) throw new Error(`${rpc}(${JSON.stringify(params)}) failed: ${error.message}`);
  return { rows: data as Record<string, unknown>[], ms };
}

async function measure(spec: QuerySpec, client: SupabaseClient, db: pg.Client): Promise<QueryFigures> {
  for (const params of spec.samples.slice(0, WARM_UP)) await callRpc(client, spec.rpc, params);
  const answers: Record<string, unknown>[][] = [];
  const rpcTimes: number[] = [];
  for (const params of spec.samples) {
    const { rows, ms } = await callRpc(client, spec.rpc, params);
    answers.push(rows);
    rpcTimes.push(ms);
  }
  const rawTimes: number[] = [];
  let mismatches = 0;
  let example: Mismatch | undefined;
  const started = performance.now();
  for (const [i, params] of spec.samples.entries()) {
    if (i >= BASELINE_MIN_SAMPLES && performance.now() - started > BASELINE_BUDGET_MS) break;
    const t = performance.now();
    const raw = await runRaw(db, spec.raw, params);
    rawTimes.push(performance.now() - t);
    const rpc = answers[i]!;
    if (!sameRows(rpc, raw)) {
      mismatches++;
      example ??= { params, ...firstDifference(rpc, raw) };
    }
  }
  return { name: spec.name, as: spec.as, rpc: latency(rpcTimes), raw: latency(rawTimes), mismatches, ...(example ? { example } : {}) };
}

/** Checks an RPC answer against its raw aggregate; returns a mismatch or undefined. */
async function check(client: SupabaseClient, db: pg.Client, rpc: string, raw: Raw, params: Record<string, unknown>): Promise<Mismatch | undefined> {
  const { rows } = await callRpc(client, rpc, params);
  const expected = await runRaw(db, raw, params);
  return sameRows(rows, expected) ? undefined : { params: { rpc, ...params }, ...firstDifference(rows, expected) };
}

/** The office project's every figure after the writes: what the cashier just posted must be in all of them. */
function officeChecks(office: Place, today: string): { rpc: string; raw: Raw; params: Record<string, unknown> }[] {
  const thisMonth = `${today.slice(0, 7)}-01`;
  const thisQuarter = addMonths(`${today.slice(0, 4)}-01-01`, Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3);
  const periods = [
    { p_kind: 'month', p_start: thisMonth, p_as_of: today }, { p_kind: 'quarter', p_start: thisQuarter, p_as_of: today },
    { p_kind: 'year', p_start: `${today.slice(0, 4)}-01-01`, p_as_of: today }, { p_kind: 'quarter', p_start: LATEST.quarter, p_as_of: today },
  ];
  return [
    ...periods.flatMap((p) => ['project', 'building', 'category', 'fee_item'].map((level) => ({
      rpc: 'collection_rates', raw: RAW_RATES, params: { p_level: level, ...p, p_project_id: office.id } }))),
    ...['project', 'building', 'fee_item'].map((level) => ({ rpc: 'arrears_aging', raw: RAW_AGING, params: { p_level: level, p_as_of: today, p_project_id: office.id } })),
    { rpc: 'collection_trend', raw: RAW_TREND, params: { p_kind: 'month', p_from: HISTORY.fromMonth, p_to: thisMonth, p_project_id: office.id } },
    { rpc: 'top_debtors', raw: RAW_DEBTORS, params: { p_limit: 50, p_project_id: office.id } },
    { rpc: 'collector_totals', raw: RAW_COLLECTORS, params: { p_project_id: office.id, ...periods[0]! } },
    { rpc: 'collections_on_day', raw: RAW_DAY, params: { p_project_id: office.id, p_day: today } },
    { rpc: 'dunning_pipeline', raw: RAW_PIPELINE, params: { p_project_id: office.id } },
    ...office.buildings.slice(0, 3).map((b) => ({ rpc: 'unit_collection', raw: RAW_UNITS, params: { p_building_id: b, ...periods[3]! } })),
  ];
}

async function runChecks(client: SupabaseClient, db: pg.Client, office: Place, today: string): Promise<{ checks: number; mismatches: number; example?: Mismatch }> {
  const all = officeChecks(office, today);
  let mismatches = 0;
  let example: Mismatch | undefined;
  for (const c of all) {
    const m = await check(client, db, c.rpc, c.raw, c.params);
    if (m) {
      mismatches++;
      example ??= m;
    }
  }
  return { checks: all.length, mismatches, ...(example ? { example } : {}) };
}

/** One cashier posts payments toward the office's open bills while the HQ analyst keeps asking. */
async function writePhase(cashier: SupabaseClient, hq: SupabaseClient, db: pg.Client, office: Place, today: string, specs: QuerySpec[]) {
  // Each payment is one open bill's balance, paid by its owner (allocated oldest due date first), so an owner is
  // never paid more than they owe and nothing goes to prepaid.
  const { rows: open } = await db.query<{ owner_id: string; balance: string }>(
    `select owner_id, balance::text from bills where project_id = $1 and status in ('approved', 'issued') and balance > 0 and owner_id is not null
      order by md5(id::text)`, [office.id]);
  const methods = ['cash', 'wechat', 'alipay', 'bank_card'] as const;
  const postTimes: number[] = [];
  let posted = 0;
  let errors = 0;
  let firstError: string | undefined;
  const reads = new Map<string, number[]>();
  const hqSpecs = specs.filter((s) => s.as === 'hq');
  const started = performance.now();
  const deadline = started + WRITE_PHASE_MS;

  const writer = async () => {
    for (const [i, bill] of open.entries()) {
      if (performance.now() > deadline) break;
      const t = performance.now();
      const { error } = await cashier.rpc('post_payment', {
        p_project_id: office.id, p_amount: bill.balance, p_method: methods[i % methods.length], p_idempotency_key: randomUUID(), p_owner_id: bill.owner_id,
      });
      postTimes.push(performance.now() - t);
      if (error) {
        errors++;
        firstError ??= error.message;
      } else posted++;
    }
  };
  const reader = async () => {
    for (let i = 0; performance.now() < deadline; i++) {
      const spec = hqSpecs[i % hqSpecs.length]!;
      const { ms } = await callRpc(hq, spec.rpc, spec.samples[Math.floor(i / hqSpecs.length) % spec.samples.length]!);
      reads.set(spec.name, [...(reads.get(spec.name) ?? []), ms]);
    }
  };
  await Promise.all([writer(), reader()]);
  const seconds = (performance.now() - started) / 1000;
  if (firstError) console.log(`  first post_payment error: ${firstError}`);
  return {
    seconds: Number(seconds.toFixed(1)), paymentsPosted: posted, paymentErrors: errors,
    paymentsPerSecond: Number((posted / seconds).toFixed(1)), post: latency(postTimes),
    queries: [...reads.entries()].map(([name, times]) => ({ name, latency: latency(times) })),
  };
}

// ── the whole bench ────────────────────────────────────────────────────────────────────────────────────────

const login = (name: string, role: AppRole, company: string, project: string | null, fullName: string): DemoUser =>
  ({ email: `${name}@analytics.bench`, password: DEMO_PASSWORD, full_name: fullName, phone: '13900009000', role, company, project });
const HQ = [login('hq', 'hq_analyst', 'jinxiu', null, '郑分析'), login('hq', 'hq_analyst', 'huating', null, '郑分析')];
const MANAGER = login('manager', 'manager', 'jinxiu', OFFICE, '钱主管');
const CASHIER = login('cashier', 'cashier', 'jinxiu', OFFICE, '孙收银');
// Company-wide cashiers, so every project's history has collectors to total.
const COMPANY_CASHIERS = [login('cashier.jinxiu', 'cashier', 'jinxiu', null, '周收费'), login('cashier.huating', 'cashier', 'huating', null, '吴收费')];

async function signIn(stack: Stack, user: DemoUser): Promise<SupabaseClient> {
  const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } });
  const { error } = await client.auth.signInWithPassword({ email: user.email, password: user.password });
  if (error) throw new Error(`sign-in as ${user.email} failed: ${error.message}`);
  return client;
}

const seconds = (since: number): number => Number(((performance.now() - since) / 1000).toFixed(1));

/** Seeds the projects, the bench's logins and the history; returns the seconds it took. */
async function seedAll(stack: Stack, db: pg.Client, projects: number, log: (line: string) => void) {
  let t = performance.now();
  const seedOptions = resolveOptions({ projects, unitsPerProject: UNITS_PER_PROJECT });
  await writeSeed(db, seedOptions);
  const seed = seconds(t);
  log(`  seeded ${projects} projects × ${UNITS_PER_PROJECT.toLocaleString('en')} units in ${seed} s`);
  await createDemoUsers(authAdminApi(stack.apiUrl, stack.serviceRoleKey), db, [...HQ, MANAGER, CASHIER, ...COMPANY_CASHIERS]);
  // Every tenth project's line is enough to follow the load.
  const history = await writeHistory(db, {
    ...HISTORY, paidThrough: seedOptions.asOf, seed: seedOptions.seed,
    onProgress: (line) => { if (!/^\[\d*[1-9]\//.test(line)) log(`  ${line}`); },
  });
  t = performance.now();
  await db.query('vacuum analyze');
  const vacuumAnalyze = seconds(t);
  log(`  history: ${history.rows.bills.toLocaleString('en')} bills, ${history.rows.payments.toLocaleString('en')} payments in ${history.seconds.total} s; vacuum analyze ${vacuumAnalyze} s`);
  return { seed, history: history.seconds, vacuumAnalyze };
}

/**
 * keepIn: a folder that keeps the database between runs (seeding it takes about half an hour on two cores). A
 * folder whose database already holds this many projects is measured as it is, after any newer migrations.
 */
export async function benchAnalytics(projects: number, log: (line: string) => void, keepIn?: string): Promise<AnalyticsBench> {
  const t = performance.now();
  const { stack, dispose } = await startThrowawayStack('analytics', keepIn);
  const stackSeconds = seconds(t);
  const db = new pg.Client(stack.dbUrl);
  try {
    await db.connect();
    const seeded = (await db.query<{ n: number }>('select count(*)::int as n from projects')).rows[0]!.n;
    if (seeded !== 0 && seeded !== projects) throw new Error(`${keepIn} holds ${seeded} projects, not ${projects}: empty the folder or name another`);
    const setup = seeded === projects ? { seed: null, history: null, vacuumAnalyze: null } : await seedAll(stack, db, projects, log);
    if (seeded === projects) {
      log(`  reusing the ${projects} seeded projects in ${keepIn}`);
      await db.query('analyze');
    }

    const { rows: counts } = await db.query<AnalyticsBench['rows']>(
      `select (select count(*) from units)::int as units, (select count(*) from bills)::int as bills, (select count(*) from payments)::int as payments,
              (select count(*) from payment_allocations)::int as payment_allocations, (select count(*) from receivable_cells)::int as receivable_cells,
              (select count(*) from collection_cells)::int as collection_cells`);
    const { rows: placeRows } = await db.query<{ id: string; code: string; buildings: string[] }>(
      `select p.id, p.code, array_agg(b.id order by b.code) as buildings from projects p join buildings b on b.project_id = p.id group by p.id, p.code order by p.code`);
    const office = placeRows.find((p) => p.code === OFFICE);
    if (!office) throw new Error(`project ${OFFICE} is not seeded`);
    const today = (await db.query<{ today: string }>(`select (now() at time zone 'Asia/Shanghai')::date::text as today`)).rows[0]!.today;

    // The raw aggregates hash millions of rows: in memory where they fit.
    await db.query(`set work_mem = '256MB'`);
    const [hq, manager, cashier] = [await signIn(stack, HQ[0]!), await signIn(stack, MANAGER), await signIn(stack, CASHIER)];
    const specs = querySpecs(placeRows, office, today);
    const queries: QueryFigures[] = [];
    for (const spec of specs) {
      const figures = await measure(spec, spec.as === 'hq' ? hq : manager, db);
      queries.push(figures);
      log(`  ${`${spec.name} (${spec.as})`.padEnd(38)} rpc p50 ${figures.rpc.p50} ms p95 ${figures.rpc.p95} ms · raw p50 ${figures.raw.p50} ms` +
        (figures.mismatches ? ` · ${figures.mismatches} MISMATCHES` : ''));
    }

    log(`  posting payments in ${OFFICE} as its cashier for ${WRITE_PHASE_MS / 1000} s while the HQ queries run…`);
    const load = await writePhase(cashier, hq, db, office, today, specs);
    const afterWrites = await runChecks(hq, db, office, today);
    const compactStarted = performance.now();
    const folded = (await db.query<{ n: number }>('select private.compact_analytics() as n')).rows[0]!.n;
    const compactSeconds = seconds(compactStarted);
    const afterCompact = await runChecks(hq, db, office, today);
    return {
      projects, unitsPerProject: UNITS_PER_PROJECT, months: HISTORY_MONTHS.length, rows: counts[0]!,
      seconds: { stack: stackSeconds, ...setup },
      queries,
      underLoad: { ...load, ...afterWrites },
      compact: { seconds: compactSeconds, folded, mismatchesAfter: afterCompact.mismatches },
    };
  } finally {
    await db.end().catch(() => undefined);
    await dispose();
  }
}
