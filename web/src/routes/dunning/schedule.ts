// An installment plan's schedule as the form edits it: a total and instalments (due date, amount) that must add
// up to the total exactly — Decimal, to the fen — with due dates in order. Also the even split offered as a start.
import Decimal from 'decimal.js';
import dayjs from 'dayjs';
import { decimalField } from '../../fields/decimal';
import type { DecimalFieldDef, FieldIssue } from '../../fields/types';

export interface InstalmentDraft {
  readonly due: string | null;
  readonly amount: string;
}

/** What installment_plans.schedule holds. */
export interface Instalment {
  readonly due: string;
  readonly amount: string;
}

export type ScheduleIssue =
  | { readonly kind: 'total'; readonly issue: FieldIssue }
  | { readonly kind: 'amount'; readonly row: number; readonly issue: FieldIssue }
  | { readonly kind: 'due'; readonly row: number }
  | { readonly kind: 'order'; readonly row: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'sum'; readonly sum: string; readonly total: string; readonly difference: string };

export type ScheduleCheck =
  | { readonly ok: true; readonly total: string; readonly schedule: readonly Instalment[] }
  | { readonly ok: false; readonly issues: readonly ScheduleIssue[] };

const MONEY: DecimalFieldDef = {
  type: 'decimal', key: 'amount', label: { 'zh-CN': '金额', en: 'Amount' }, scale: 2, min: '0', minExclusive: true, display: 'money',
};

/** A positive amount with at most two decimals (the money field's rules), or why not. */
function amountOf(text: string): Decimal | FieldIssue {
  const parsed = decimalField.parse(text, MONEY);
  if (!parsed.ok) return parsed.issue;
  if (parsed.value === null) return { code: 'required' };
  return decimalField.validate(parsed.value, MONEY) ?? parsed.value;
}

/** Whether the text is a positive amount of money (the even split needs one). */
export const isAmount = (text: string): boolean => Decimal.isDecimal(amountOf(text));

/** What the amounts that read add up to, shown as the user types (checkSchedule names the ones that do not). */
export function draftSum(drafts: readonly InstalmentDraft[]): string {
  return drafts.reduce((sum, d) => {
    const amount = amountOf(d.amount);
    return Decimal.isDecimal(amount) ? sum.plus(amount) : sum;
  }, new Decimal(0)).toFixed(2);
}

export function checkSchedule(totalText: string, drafts: readonly InstalmentDraft[]): ScheduleCheck {
  const issues: ScheduleIssue[] = [];
  const total = amountOf(totalText);
  if (!Decimal.isDecimal(total)) issues.push({ kind: 'total', issue: total });
  if (drafts.length === 0) issues.push({ kind: 'empty' });
  const amounts: Decimal[] = [];
  drafts.forEach((draft, i) => {
    const row = i + 1;
    const amount = amountOf(draft.amount);
    if (Decimal.isDecimal(amount)) amounts.push(amount);
    else issues.push({ kind: 'amount', row, issue: amount });
    const previous = drafts[i - 1]?.due;
    if (draft.due === null) issues.push({ kind: 'due', row });
    else if (previous && draft.due <= previous) issues.push({ kind: 'order', row });
  });
  // The sum is only worth comparing once every amount reads.
  if (Decimal.isDecimal(total) && drafts.length > 0 && amounts.length === drafts.length) {
    const sum = Decimal.sum(...amounts);
    if (!sum.eq(total)) issues.push({ kind: 'sum', sum: sum.toFixed(2), total: total.toFixed(2), difference: total.minus(sum).toFixed(2) });
  }
  if (issues.length > 0 || !Decimal.isDecimal(total)) return { ok: false, issues };
  return { ok: true, total: total.toFixed(2), schedule: drafts.map((d, i) => ({ due: d.due!, amount: amounts[i]!.toFixed(2) })) };
}

/** `count` monthly instalments from `firstDue`, equal to the fen; the last takes what the rounding left over. */
export function splitEvenly(totalText: string, count: number, firstDue: string): InstalmentDraft[] {
  const total = amountOf(totalText);
  if (!Decimal.isDecimal(total)) return [];
  const each = total.dividedBy(count).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return Array.from({ length: count }, (_, i) => ({
    due: dayjs(firstDue).add(i, 'month').format('YYYY-MM-DD'),
    amount: (i === count - 1 ? total.minus(each.times(count - 1)) : each).toFixed(2),
  }));
}
