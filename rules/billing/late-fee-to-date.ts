// Late fees to date (滞纳金至今日) of a payer's open bills, as the desk shows them: each fee item's late-fee rule of
// the policy in force, run over all the open bills as of today (a rule may count other fee items' arrears too),
// each bill's amount rounded as the policy rounds that fee item. Informational: billed late fees are charged by billing runs.
import type { PluginRegistry } from '../plugin/registry.js';
import type { PolicyDocument } from '../policy/types.js';
import { ZERO, money, roundTo, type Decimal, type Rounding } from '../money.js';
import { dayContext } from '../evaluate/prepare.js';

export interface OpenBillForLateFee {
  readonly billId: string;
  readonly feeItem: string;
  readonly dueDate: string | null;
  readonly balance: string;
  /** The bill's fee disputes as days [from, to), to null while open: those days do not accrue. */
  readonly disputes?: ReadonlyArray<{ readonly from: string; readonly to: string | null }>;
}

/** Bill id → late fee accrued to `asOf` (decimal string; bills without one are absent). */
export function lateFeesToDate(doc: PolicyDocument, registry: PluginRegistry, bills: readonly OpenBillForLateFee[], asOf: string, planKept: boolean): Map<string, string> {
  const arrears = bills.filter((b) => b.dueDate !== null)
    .map((b) => ({ billId: b.billId, feeItem: b.feeItem, dueDate: b.dueDate, balance: b.balance, ...(b.disputes ? { disputes: b.disputes } : {}) }));
  // Each bill's fee, with the rounding of the fee item whose late-fee rule accrued it.
  const accrued = new Map<string, { amount: Decimal; rounding: Rounding }>();
  for (const item of doc.feeItems) {
    const rule = item.lateFee && registry.action(item.lateFee.type);
    if (!rule) continue;
    const ctx = dayContext(doc, item, asOf);
    for (const effect of rule.plan(item.lateFee!.params ?? {}, { arrears, plan: { current: planKept } }, ctx)) {
      const bill = effect.kind === 'lateFee' ? effect.why.v?.bill : undefined;
      if (effect.kind === 'lateFee' && bill !== undefined) {
        accrued.set(bill, { amount: (accrued.get(bill)?.amount ?? ZERO).plus(effect.amount), rounding: ctx.rounding });
      }
    }
  }
  const out = new Map<string, string>();
  for (const [bill, { amount, rounding }] of accrued) if (amount.greaterThan(ZERO)) out.set(bill, money(roundTo(amount, rounding)));
  return out;
}
