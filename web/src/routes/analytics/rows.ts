// What the analytics RPCs (and the bill_grid view) answer, as the dashboards read it: amounts and rates as decimal
// strings, null rates where nothing is owed.
import type { BillRow } from '../bills/queries';

export type RateLevel = 'project' | 'building' | 'category' | 'fee_item';
export type AgingLevel = 'total' | RateLevel;

/** One row of collection_rates: amounts and percentages as decimal strings, null rates where nothing is owed. */
export interface RateRow {
  readonly group_id: string;
  readonly group_name: string;
  readonly project_id: string | null;
  readonly receivable: string;
  readonly collected: string;
  readonly prior_arrears: string;
  readonly arrears_collected: string;
  readonly current_rate: string | null;
  readonly arrears_rate: string | null;
  readonly overall_rate: string | null;
  /** Project and building levels only. */
  readonly households: number | null;
  readonly households_paid: number | null;
  readonly household_rate: string | null;
  readonly target: string;
}

export interface TrendRow {
  readonly period_start: string;
  readonly receivable: string;
  readonly collected_by_end: string;
  readonly collected_now: string;
  readonly rate_at_end: string | null;
  readonly rate_now: string | null;
}

export const AGING_BUCKETS = ['not_due', 'd0_30', 'd31_90', 'd91_180', 'd181_365', 'over_365'] as const;
type AgingBucket = (typeof AGING_BUCKETS)[number];

export type AgingRow = { readonly group_id: string; readonly group_name: string; readonly project_id: string | null; readonly overdue: string }
  & Readonly<Record<AgingBucket, string>>;

export interface DebtorRow {
  readonly project_id: string;
  readonly project_name: string;
  readonly owner_id: string;
  readonly owner_name: string;
  readonly owner_phone: string | null;
  readonly rooms: string | null;
  readonly open_balance: string;
  readonly open_bills: number;
  readonly oldest_due: string | null;
}

export interface UnitCollectionRow {
  readonly unit_id: string;
  readonly room_no: string;
  readonly owner_name: string | null;
  readonly receivable: string;
  readonly collected: string;
  readonly balance_now: string;
  readonly paid_in_full: boolean;
}

export interface CollectorRow {
  readonly collector_id: string | null;
  readonly collector_name: string | null;
  readonly current_collected: string;
  readonly arrears_collected: string;
  readonly ahead_collected: string;
  readonly total: string;
}

export interface MethodTakings {
  readonly method: string;
  readonly payments: number;
  readonly amount: string;
}

export interface PipelineRow {
  /** A dunning stage, or 'none' for open bills no stage has reached. */
  readonly stage: string;
  readonly owners: number;
  readonly bills: number;
  readonly amount: string;
}

/** A unit's bill as the bill_grid view has it. */
export type UnitBill = Pick<BillRow, 'id' | 'status' | 'period_start' | 'period_end' | 'due_date' | 'total_due' | 'paid' | 'balance' | 'room_no'
  | 'owner_name' | 'fee_code' | 'fee_name_zh' | 'fee_name_en'>;

export interface Named {
  readonly id: string;
  readonly name: string;
}

export interface FeeItemName {
  readonly id: string;
  readonly name_zh: string;
  readonly name_en: string;
}
