// The statement's nine columns in the office's order, shared by the screen and the xlsx export: what kind of
// value each holds and each row's cells as text (编号 is the row's number, 1..n).
import type { StatementRow, StatementTotals } from './statement';

export type ColumnKind = 'index' | 'text' | 'area' | 'rate' | 'money';

export const STATEMENT_COLUMNS = [
  { key: 'no', kind: 'index' },
  { key: 'room_no', kind: 'text' },
  { key: 'owner_name', kind: 'text' },
  { key: 'area', kind: 'area' },
  { key: 'mgmt_rate', kind: 'rate' },
  { key: 'receivable', kind: 'money' },
  { key: 'arrears_carried', kind: 'money' },
  { key: 'late_fee', kind: 'money' },
  { key: 'total_due', kind: 'money' },
] as const satisfies ReadonlyArray<{ key: string; kind: ColumnKind }>;

export type ColumnKey = (typeof STATEMENT_COLUMNS)[number]['key'];

/** A row's cells in column order. */
export function rowCells(row: StatementRow, index: number): Array<string | null> {
  return STATEMENT_COLUMNS.map(({ key }) => (key === 'no' ? String(index + 1) : row[key]));
}

/** The 合计 row: the label under 编号, sums under area and amounts. */
export function totalCells(totals: StatementTotals, label: string): Array<string | null> {
  return STATEMENT_COLUMNS.map(({ key }) => (key === 'no' ? label : key in totals ? totals[key as keyof StatementTotals] : null));
}
