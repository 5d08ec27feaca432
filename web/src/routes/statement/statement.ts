// The receivable statement's rows as the receivable_statement RPC returns them (amounts as exact decimal strings),
// in the order offices read them, and the 合计 row: exact sums, never Number arithmetic.
import Decimal from 'decimal.js';

export interface StatementRow {
  readonly unit_id: string;
  readonly building_code: string;
  readonly room_no: string;
  readonly owner_name: string | null;
  readonly area: string;
  /** ¥/m²·月 the management fee was charged at; null when no bill records one. */
  readonly mgmt_rate: string | null;
  /** 应收金额: principal − discount + surcharge. */
  readonly receivable: string;
  /** 上期欠费 */
  readonly arrears_carried: string;
  /** 滞纳金 */
  readonly late_fee: string;
  /** 本期应收 = 应收金额 + 上期欠费 + 滞纳金 */
  readonly total_due: string;
}

const SUMMED = ['area', 'receivable', 'arrears_carried', 'late_fee', 'total_due'] as const;
export type StatementTotals = Readonly<Record<(typeof SUMMED)[number], string>>;

export function statementTotals(rows: readonly StatementRow[]): StatementTotals {
  return Object.fromEntries(SUMMED.map((key) => [key, rows.reduce((sum, row) => sum.plus(row[key]), new Decimal(0)).toFixed(2)])) as StatementTotals;
}

// Numbers inside codes compare as numbers: building 2 before 10, room 3-1-902 before 3-1-1001.
const natural = new Intl.Collator('zh-CN', { numeric: true });

/** Building by building, room by room. */
export function sortStatement(rows: readonly StatementRow[]): StatementRow[] {
  return [...rows].sort((a, b) => natural.compare(a.building_code, b.building_code) || natural.compare(a.room_no, b.room_no));
}
