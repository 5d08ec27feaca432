// 服务看板's figures from service_stats: each group's service levels as rates (met in time of those that reached
// the step), average working minutes, callback rate against its 100 % target and satisfaction against 90 %, and
// the total over the groups recomputed from the counts (not averaged from the rates).
import Decimal from 'decimal.js';
import type { Column } from '../../analytics/columns';
import { rateOf } from '../../analytics/rates';

export const GROUPS = ['category', 'department', 'month', 'assignee'] as const;
export type Group = (typeof GROUPS)[number];

export const CALLBACK_TARGET = '100';
export const SATISFACTION_TARGET = '90';

/** One row of service_stats (counts as integers, rates as decimal strings, null without a denominator). */
export interface StatsRow {
  readonly group_key: string;
  readonly group_name: string;
  readonly requests: number;
  readonly emergencies: number;
  readonly accepted: number;
  readonly accepted_in_time: number;
  readonly dispatched: number;
  readonly dispatched_in_time: number;
  readonly completed: number;
  readonly completed_in_time: number;
  readonly avg_work_minutes: number | null;
  readonly callbacks_due: number;
  readonly called_back: number;
  readonly called_back_in_time: number;
  readonly rated: number;
  readonly satisfied: number;
  readonly callback_rate: string | null;
  readonly satisfaction_rate: string | null;
}

export interface StatsLine extends StatsRow {
  readonly name: string;
  readonly accept_rate: string | null;
  readonly dispatch_rate: string | null;
  readonly complete_rate: string | null;
}

type Counts = Omit<StatsRow, 'group_key' | 'group_name' | 'avg_work_minutes' | 'callback_rate' | 'satisfaction_rate'>;
const COUNTS: ReadonlyArray<keyof Counts> = [
  'requests', 'emergencies', 'accepted', 'accepted_in_time', 'dispatched', 'dispatched_in_time', 'completed', 'completed_in_time',
  'callbacks_due', 'called_back', 'called_back_in_time', 'rated', 'satisfied',
];

export function lineOf(row: StatsRow, name: string): StatsLine {
  return {
    ...row,
    name,
    accept_rate: rateOf(row.accepted_in_time, row.accepted),
    dispatch_rate: rateOf(row.dispatched_in_time, row.dispatched),
    complete_rate: rateOf(row.completed_in_time, row.completed),
  };
}

/** All groups together: counts added, rates from the sums, the working minutes averaged over completed requests. */
export function totalLine(rows: readonly StatsRow[], name: string): StatsLine | null {
  if (rows.length === 0) return null;
  const counts = Object.fromEntries(COUNTS.map((key) => [key, rows.reduce((sum, row) => sum + row[key], 0)])) as unknown as Counts;
  const timed = rows.filter((row) => row.avg_work_minutes !== null && row.completed > 0);
  const weight = timed.reduce((sum, row) => sum + row.completed, 0);
  const minutes = weight === 0 ? null
    : timed.reduce((sum, row) => sum.plus(new Decimal(row.avg_work_minutes!).times(row.completed)), new Decimal(0))
      .dividedBy(weight).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();
  return lineOf({
    ...counts, group_key: 'total', group_name: name, avg_work_minutes: minutes,
    callback_rate: rateOf(counts.called_back, counts.callbacks_due), satisfaction_rate: rateOf(counts.satisfied, counts.rated),
  }, name);
}

const count = (n: number) => String(n);

/** The table's columns, for the screen and the xlsx export alike. */
export const STATS_COLUMNS: ReadonlyArray<Column<StatsLine>> = [
  { key: 'name', title: 'serviceDesk.stats.columns.name', kind: 'text', cell: (r) => r.name },
  { key: 'requests', title: 'serviceDesk.stats.columns.requests', kind: 'count', cell: (r) => count(r.requests) },
  { key: 'emergencies', title: 'serviceDesk.stats.columns.emergencies', kind: 'count', cell: (r) => count(r.emergencies) },
  { key: 'accept_rate', title: 'serviceDesk.stats.columns.accept_rate', kind: 'rate', cell: (r) => r.accept_rate },
  { key: 'dispatch_rate', title: 'serviceDesk.stats.columns.dispatch_rate', kind: 'rate', cell: (r) => r.dispatch_rate },
  { key: 'complete_rate', title: 'serviceDesk.stats.columns.complete_rate', kind: 'rate', cell: (r) => r.complete_rate },
  { key: 'avg_work_minutes', title: 'serviceDesk.stats.columns.avg_work_minutes', kind: 'count',
    cell: (r) => (r.avg_work_minutes === null ? null : String(r.avg_work_minutes)) },
  { key: 'callbacks', title: 'serviceDesk.stats.columns.callbacks', kind: 'text', cell: (r) => `${r.called_back}/${r.callbacks_due}` },
  { key: 'callback_rate', title: 'serviceDesk.stats.columns.callback_rate', kind: 'rate', cell: (r) => r.callback_rate },
  { key: 'rated', title: 'serviceDesk.stats.columns.rated', kind: 'text', cell: (r) => `${r.satisfied}/${r.rated}` },
  { key: 'satisfaction_rate', title: 'serviceDesk.stats.columns.satisfaction_rate', kind: 'rate', cell: (r) => r.satisfaction_rate },
];
