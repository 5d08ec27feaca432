// Collection rates as the dashboards read them: against their targets, ranked, and added up for the company
// (collection_rates answers per project; the company is their sum, computed exactly as the RPC computes a group).
import Decimal from 'decimal.js';
import type { RateRow } from './rows';

/** "93.45%", or a dash where there is nothing to measure. */
export const percentText = (rate: string | null): string => (rate === null ? '—' : `${rate}%`);

/** Whether a rate falls short of its target; a missing rate never does. */
export function isBelow(rate: string | null, target: string | null): boolean {
  return rate !== null && target !== null && new Decimal(rate).lessThan(target);
}

/** part ÷ whole as a percentage to two places, half up (private.rate); null without a denominator. */
export function rateOf(part: Decimal.Value, whole: Decimal.Value): string | null {
  const denominator = new Decimal(whole);
  if (denominator.lessThanOrEqualTo(0)) return null;
  return new Decimal(part).times(100).dividedBy(denominator).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Rows from the highest current rate down; rows without one last, then by name. */
export function ranked(rows: readonly RateRow[]): RateRow[] {
  return [...rows].sort((a, b) => {
    if (a.current_rate === null || b.current_rate === null) {
      return (a.current_rate === null ? 1 : 0) - (b.current_rate === null ? 1 : 0) || a.group_name.localeCompare(b.group_name);
    }
    return new Decimal(b.current_rate).comparedTo(a.current_rate) || a.group_name.localeCompare(b.group_name);
  });
}

const sum = (values: readonly string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0));
const count = (values: ReadonlyArray<number | null>) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

/**
 * The company's row from its projects' rows: amounts added, rates recomputed from the sums, the target weighted
 * by receivable (the highest target when nothing is receivable), as collection_rates does within a group. Null
 * when there are no rows at all.
 */
export function companyRow(rows: readonly RateRow[], name: string): RateRow | null {
  if (rows.length === 0) return null;
  const receivable = sum(rows.map((r) => r.receivable));
  const collected = sum(rows.map((r) => r.collected));
  const priorArrears = sum(rows.map((r) => r.prior_arrears));
  const arrearsCollected = sum(rows.map((r) => r.arrears_collected));
  const households = count(rows.map((r) => r.households));
  const paid = count(rows.map((r) => r.households_paid));
  const weighted = rows.reduce((total, r) => total.plus(new Decimal(r.receivable).times(r.target)), new Decimal(0));
  const target = receivable.greaterThan(0)
    ? weighted.dividedBy(receivable).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    : Decimal.max(...rows.map((r) => r.target));
  return {
    group_id: 'company',
    group_name: name,
    project_id: null,
    receivable: receivable.toFixed(2),
    collected: collected.toFixed(2),
    prior_arrears: priorArrears.toFixed(2),
    arrears_collected: arrearsCollected.toFixed(2),
    current_rate: rateOf(collected, receivable),
    arrears_rate: rateOf(arrearsCollected, priorArrears),
    overall_rate: rateOf(collected.plus(arrearsCollected), receivable.plus(priorArrears)),
    households,
    households_paid: paid,
    household_rate: rateOf(paid, households),
    target: target.toFixed(2),
  };
}
