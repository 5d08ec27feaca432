// The dashboards' tables, defined once for the screen and the xlsx export: each column's header, what kind of
// value it holds, and each row's cell as text (decimal strings as the RPCs gave them; null: nothing to show).
import type { TranslationKey } from '../../i18n/dictionary';
import {
  AGING_BUCKETS, type AgingRow, type CollectorRow, type DebtorRow, type MethodTakings, type PipelineRow, type RateLevel, type RateRow,
  type UnitBill, type UnitCollectionRow,
} from './rows';

export type CellKind = 'index' | 'text' | 'money' | 'rate' | 'count';

export interface Column<R> {
  readonly key: string;
  readonly title: TranslationKey;
  readonly kind: CellKind;
  readonly cell: (row: R, index: number) => string | null;
  /** A long text cut to this width on screen (the whole of it on hover). */
  readonly maxWidth?: number;
}

/** How a row is named in the console's language (a category's label, a fee item's English name…). */
export type NameOf<R> = (row: R) => string;

const count = (n: number | null) => (n === null ? null : String(n));

/** Levels whose rows count households (collection_rates gives households for projects and buildings only). */
const HOUSEHOLD_LEVELS: ReadonlySet<RateLevel> = new Set(['project', 'building']);

/** A ranking of collection rates by project, building, category or fee item; rows come ranked. */
export function rateColumns(level: RateLevel, nameOf: NameOf<RateRow>): Array<Column<RateRow>> {
  const columns: Array<Column<RateRow>> = [
    { key: 'rank', title: 'dashboard.columns.rank', kind: 'index', cell: (_, i) => String(i + 1) },
    { key: 'name', title: `dashboard.levels.${level}`, kind: 'text', cell: nameOf },
    { key: 'receivable', title: 'dashboard.columns.receivable', kind: 'money', cell: (r) => r.receivable },
    { key: 'collected', title: 'dashboard.columns.collected', kind: 'money', cell: (r) => r.collected },
    { key: 'current_rate', title: 'dashboard.columns.current_rate', kind: 'rate', cell: (r) => r.current_rate },
    { key: 'prior_arrears', title: 'dashboard.columns.prior_arrears', kind: 'money', cell: (r) => r.prior_arrears },
    { key: 'arrears_collected', title: 'dashboard.columns.arrears_collected', kind: 'money', cell: (r) => r.arrears_collected },
    { key: 'arrears_rate', title: 'dashboard.columns.arrears_rate', kind: 'rate', cell: (r) => r.arrears_rate },
    { key: 'overall_rate', title: 'dashboard.columns.overall_rate', kind: 'rate', cell: (r) => r.overall_rate },
  ];
  const households: Array<Column<RateRow>> = [
    { key: 'households', title: 'dashboard.columns.households', kind: 'count', cell: (r) => count(r.households) },
    { key: 'households_paid', title: 'dashboard.columns.households_paid', kind: 'count', cell: (r) => count(r.households_paid) },
    { key: 'household_rate', title: 'dashboard.columns.household_rate', kind: 'rate', cell: (r) => r.household_rate },
  ];
  return [
    ...columns,
    ...(HOUSEHOLD_LEVELS.has(level) ? households : []),
    { key: 'target', title: 'dashboard.columns.target', kind: 'rate', cell: (r) => r.target },
  ];
}

/** Open balances by age; the first column names the row (the company, a project, a building). */
export function agingColumns(nameTitle: TranslationKey, nameOf: NameOf<AgingRow>): Array<Column<AgingRow>> {
  return [
    { key: 'name', title: nameTitle, kind: 'text', cell: nameOf },
    ...AGING_BUCKETS.map((bucket): Column<AgingRow> => ({ key: bucket, title: `dashboard.columns.${bucket}`, kind: 'money', cell: (r) => r[bucket] })),
    { key: 'overdue', title: 'dashboard.columns.overdue', kind: 'money', cell: (r) => r.overdue },
  ];
}

/** The biggest debtors, with their project when they come from more than one. */
export function debtorColumns(withProject: boolean): Array<Column<DebtorRow>> {
  return [
    ...(withProject ? [{ key: 'project', title: 'dashboard.levels.project', kind: 'text', cell: (r) => r.project_name } satisfies Column<DebtorRow>] : []),
    { key: 'owner', title: 'dashboard.columns.owner', kind: 'text', cell: (r) => r.owner_name },
    { key: 'phone', title: 'dashboard.columns.phone', kind: 'text', cell: (r) => r.owner_phone },
    // A developer still holding a hundred flats owes for every one of them.
    { key: 'rooms', title: 'dashboard.columns.rooms', kind: 'text', cell: (r) => r.rooms, maxWidth: 240 },
    { key: 'open_balance', title: 'dashboard.columns.open_balance', kind: 'money', cell: (r) => r.open_balance },
    { key: 'open_bills', title: 'dashboard.columns.open_bills', kind: 'count', cell: (r) => String(r.open_bills) },
    { key: 'oldest_due', title: 'dashboard.columns.oldest_due', kind: 'text', cell: (r) => r.oldest_due },
  ];
}

/** A building's units for the period: what each owed, paid, and owes now. */
export function unitColumns(paidName: NameOf<UnitCollectionRow>): Array<Column<UnitCollectionRow>> {
  return [
    { key: 'room_no', title: 'dashboard.columns.room_no', kind: 'text', cell: (r) => r.room_no },
    { key: 'owner', title: 'dashboard.columns.owner', kind: 'text', cell: (r) => r.owner_name },
    { key: 'receivable', title: 'dashboard.columns.receivable', kind: 'money', cell: (r) => r.receivable },
    { key: 'collected', title: 'dashboard.columns.collected', kind: 'money', cell: (r) => r.collected },
    { key: 'paid_in_full', title: 'dashboard.columns.paid_in_full', kind: 'text', cell: paidName },
    { key: 'balance_now', title: 'dashboard.columns.balance_now', kind: 'money', cell: (r) => r.balance_now },
  ];
}

/** A unit's bills as bill_grid has them. */
export function billColumns(feeName: NameOf<UnitBill>, statusName: NameOf<UnitBill>): Array<Column<UnitBill>> {
  return [
    { key: 'room_no', title: 'dashboard.columns.room_no', kind: 'text', cell: (r) => r.room_no },
    { key: 'fee_item', title: 'dashboard.levels.fee_item', kind: 'text', cell: feeName },
    { key: 'period', title: 'dashboard.columns.period', kind: 'text', cell: (r) => `${r.period_start} ~ ${r.period_end}` },
    { key: 'due_date', title: 'dashboard.columns.due_date', kind: 'text', cell: (r) => r.due_date },
    { key: 'total_due', title: 'dashboard.columns.total_due', kind: 'money', cell: (r) => r.total_due },
    { key: 'paid', title: 'dashboard.columns.paid', kind: 'money', cell: (r) => r.paid },
    { key: 'balance', title: 'dashboard.columns.balance', kind: 'money', cell: (r) => r.balance },
    { key: 'status', title: 'dashboard.columns.status', kind: 'text', cell: statusName },
  ];
}

/** What each collector took in during the period: toward its bills, earlier arrears and later bills. */
export function collectorColumns(nameOf: NameOf<CollectorRow>): Array<Column<CollectorRow>> {
  return [
    { key: 'collector', title: 'dashboard.columns.collector', kind: 'text', cell: nameOf },
    { key: 'current_collected', title: 'dashboard.columns.current_collected', kind: 'money', cell: (r) => r.current_collected },
    { key: 'arrears_collected', title: 'dashboard.columns.arrears_collected', kind: 'money', cell: (r) => r.arrears_collected },
    { key: 'ahead_collected', title: 'dashboard.columns.ahead_collected', kind: 'money', cell: (r) => r.ahead_collected },
    { key: 'total', title: 'dashboard.columns.total', kind: 'money', cell: (r) => r.total },
  ];
}

/** The day's takings by payment method. */
export function takingsColumns(methodName: NameOf<MethodTakings>): Array<Column<MethodTakings>> {
  return [
    { key: 'method', title: 'dashboard.columns.method', kind: 'text', cell: methodName },
    { key: 'payments', title: 'dashboard.columns.payments', kind: 'count', cell: (r) => String(r.payments) },
    { key: 'amount', title: 'dashboard.columns.amount', kind: 'money', cell: (r) => r.amount },
  ];
}

/** Open bills by the dunning stage they reached. */
export function pipelineColumns(stageName: NameOf<PipelineRow>): Array<Column<PipelineRow>> {
  return [
    { key: 'stage', title: 'dashboard.columns.stage', kind: 'text', cell: stageName },
    { key: 'owners', title: 'dashboard.columns.owners', kind: 'count', cell: (r) => String(r.owners) },
    { key: 'bills', title: 'dashboard.columns.bills', kind: 'count', cell: (r) => String(r.bills) },
    { key: 'amount', title: 'dashboard.columns.open_balance', kind: 'money', cell: (r) => r.amount },
  ];
}
