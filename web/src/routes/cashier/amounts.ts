// Money at the desk, exact (decimal.js over decimal strings, never Number): what the amount box starts at, how a
// payment splits between bills and the prepaid balance, and how counted cash differs from what the day expects.
import Decimal from 'decimal.js';
import { decimalField } from '../../fields/decimal';
import type { DecimalFieldDef, FieldIssue } from '../../fields/types';

/** The sum of decimal strings, two places ("0.00" for none). */
export function sumAmounts(amounts: readonly string[]): string {
  return amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0)).toFixed(2);
}

const balances = (bills: readonly { readonly balance: string }[]) => sumAmounts(bills.map((bill) => bill.balance));

/** The amount a payment dialog proposes: the chosen bills' balances, or all that is outstanding when none are chosen. */
export function defaultAmount(chosen: readonly { readonly balance: string }[], outstanding: readonly { readonly balance: string }[]): string {
  return balances(chosen.length > 0 ? chosen : outstanding);
}

/** As post_payment splits it: up to `owed` settles bills, the rest goes to the owner's prepaid balance. */
export function paymentSplit(amount: Decimal.Value, owed: Decimal.Value): { readonly toBills: string; readonly toPrepaid: string } {
  const toBills = Decimal.min(amount, owed);
  return { toBills: toBills.toFixed(2), toPrepaid: new Decimal(amount).minus(toBills).toFixed(2) };
}

/** Counted cash minus the cash the day expects (none expected when the day took no cash). */
export function cashVariance(counted: Decimal.Value, expectedCash: string | undefined): string {
  return new Decimal(counted).minus(expectedCash ?? 0).toFixed(2);
}

const money = (min: string, minExclusive: boolean): DecimalFieldDef =>
  ({ type: 'decimal', key: 'amount', label: { 'zh-CN': '金额', en: 'Amount' }, scale: 2, min, minExclusive, display: 'money' });
/** A payment: more than 0. Counted cash: 0 or more. Both in fen at most, as the database checks. */
export const AMOUNT_RULES = { payment: money('0', true), countedCash: money('0', false) } as const;

export type AmountInput = { readonly ok: true; readonly value: Decimal } | { readonly ok: false; readonly issue: FieldIssue };

/** What was typed in an amount box ("1,234.5", "¥150"), read and checked like any decimal field. */
export function readAmount(text: string, rule: DecimalFieldDef): AmountInput {
  const parsed = decimalField.parse(text, rule);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return { ok: false, issue: { code: 'required' } };
  const issue = decimalField.validate(parsed.value, rule);
  return issue ? { ok: false, issue } : { ok: true, value: parsed.value };
}

/** Whether two sets of amounts by payment method are the same money (a method missing counts as none). */
export function sameByMethod(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((method) => new Decimal(a[method] ?? 0).equals(b[method] ?? 0));
}

/** Cash counted against cash expected: the count as read, the difference, and whether a reason is still owed. */
export interface CashCount {
  readonly amount: AmountInput;
  /** Counted minus expected; null while the count does not read. */
  readonly variance: string | null;
  readonly needsReason: boolean;
  /** The count reads and a difference has its reason. */
  readonly ready: boolean;
}

export function cashCount(counted: string, expected: string | undefined, reason: string): CashCount {
  const amount = readAmount(counted, AMOUNT_RULES.countedCash);
  const variance = amount.ok ? cashVariance(amount.value, expected) : null;
  const needsReason = variance !== null && !new Decimal(variance).isZero();
  return { amount, variance, needsReason, ready: amount.ok && !(needsReason && reason.trim() === '') };
}
