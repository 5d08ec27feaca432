// 滞纳金: a simple daily rate on each overdue unpaid bill, counted from the day after its due date plus the
// grace days up to and including asOf, capped per bill at balance × capRatio; waived while an installment
// plan (分期协议) is being kept; the days a bill spent under a fee dispute (投诉争议, arrears item `disputes`:
// [{from, to}], to exclusive or null while open) do not count unless the policy says otherwise. Each bill gets
// its own exact line; the engine sums them and rounds once.
import { fromDay, toDay } from '../../rules/dates.js';
import type { ActionDef, EvalContext, Explain, Facts } from '../../rules/plugin/types.js';
import { ZERO, min, type Decimal } from '../../rules/money.js';
import { amountText } from '../shared/format.js';
import { decimalField, factRecord, optionalDate, type FactRecord } from '../shared/facts.js';
import { decimalParam, integerParam, parsedOnce } from '../shared/params.js';
import { array, boolean, decimal, integer, params, string, text } from '../shared/schema.js';

const ITEM = text(
  '滞纳金：账单 {{bill}} 欠费 ¥{{balance}}（{{due}} 到期，宽限 {{grace}} 天）× 日费率 {{rate}} × {{days}} 天（{{from}} 至 {{asOf}}）= ¥{{amount}}',
  'Late fee: bill {{bill}} balance ¥{{balance}} (due {{due}}, {{grace}} grace days) × {{rate}} per day × {{days}} days ({{from}} to {{asOf}}) = ¥{{amount}}',
);
const CAPPED = text(
  '滞纳金：账单 {{bill}} 欠费 ¥{{balance}}（{{due}} 到期，宽限 {{grace}} 天）× 日费率 {{rate}} × {{days}} 天，超过上限（欠费 × {{capRatio}}），按上限 ¥{{amount}}',
  'Late fee: bill {{bill}} balance ¥{{balance}} (due {{due}}, {{grace}} grace days) × {{rate}} per day × {{days}} days exceeds the cap (balance × {{capRatio}}): ¥{{amount}}',
);
const PAUSED = text(
  '滞纳金：账单 {{bill}} 欠费 ¥{{balance}}（{{due}} 到期，宽限 {{grace}} 天）× 日费率 {{rate}} × {{days}} 天（{{from}} 至 {{asOf}}，其中争议期间 {{paused}} 天不计）= ¥{{amount}}',
  'Late fee: bill {{bill}} balance ¥{{balance}} (due {{due}}, {{grace}} grace days) × {{rate}} per day × {{days}} days ({{from}} to {{asOf}}, less {{paused}} days under dispute) = ¥{{amount}}',
);
const WAIVED = text('分期协议履行中，免收滞纳金（应计 ¥{{accrued}}）', 'Installment plan being kept: late fee waived (¥{{accrued}} accrued)');

const parse = parsedOnce((p) => ({
  rate: decimalParam(p, 'rate'),
  rateText: p.rate as string,
  graceDays: integerParam(p, 'graceDays'),
  capRatio: decimalParam(p, 'capRatio'),
  capRatioText: p.capRatio as string,
  feeItems: p.feeItems === undefined ? null : new Set(p.feeItems as string[]),
  pauseWhileDisputed: p.pauseWhileDisputed !== false,
  accruals: new Map<string, Accrual>(),
}));
type Parsed = ReturnType<typeof parse>;

function arrearsOf(facts: Facts): readonly FactRecord[] {
  const arrears = facts.arrears;
  if (arrears === undefined || arrears === null) return [];
  if (!Array.isArray(arrears)) throw new Error('fact arrears must be a list of unpaid bills');
  return arrears as FactRecord[];
}

/** Days from `first` to `last` (inclusive) that fall inside the bill's disputes. */
function disputedDays(item: FactRecord, where: string, first: number, last: number): number {
  const disputes = item.disputes;
  if (disputes === undefined || disputes === null) return 0;
  if (!Array.isArray(disputes)) throw new Error(`${where}: disputes must be a list of {from, to}`);
  const spans = disputes.map((d: unknown, i) => {
    if (typeof d !== 'object' || d === null) throw new Error(`${where}: dispute ${i + 1} must be an object`);
    const from = optionalDate(d as FactRecord, 'from', `${where} dispute ${i + 1}`);
    if (from === null) throw new Error(`${where}: dispute ${i + 1} has no from date`);
    const to = optionalDate(d as FactRecord, 'to', `${where} dispute ${i + 1}`);
    return [Math.max(toDay(from), first), Math.min(to === null ? last + 1 : toDay(to), last + 1)] as const;
  }).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  // merged, so overlapping records count each day once
  let days = 0;
  let reached = first;
  for (const [a, b] of spans) {
    const start = Math.max(a, reached);
    if (b > start) days += b - start;
    reached = Math.max(reached, b);
  }
  return days;
}

interface Accrual { amount: Decimal; capped: boolean; balanceText: string; amountText: string }

// Unpaid bills repeat a few balances (one fee for every flat of a size) over the same days: work each pair out
// once, which also hands the engine the same Decimal for the same late fee.
function accrualOf(p: Parsed, balance: Decimal, balanceKey: string, days: number): Accrual {
  const key = `${days}|${balanceKey}`;
  let accrual = p.accruals.get(key);
  if (accrual === undefined) {
    const accrued = balance.times(p.rate).times(days);
    const cap = balance.times(p.capRatio);
    const amount = min(accrued, cap);
    accrual = { amount, capped: accrued.greaterThan(cap), balanceText: amountText(balance), amountText: amountText(amount) };
    if (p.accruals.size >= 20_000) p.accruals.clear();
    p.accruals.set(key, accrual);
  }
  return accrual;
}

/** The late fee of one unpaid bill, or null when it is not (yet) overdue or counts for another fee item. */
function lateFeeOf(item: FactRecord, index: number, p: Parsed, ctx: EvalContext, asOf: number): { amount: Decimal; why: Explain } | null {
  if (typeof item !== 'object' || item === null) throw new Error(`arrears item ${index + 1} must be an object`);
  const where = `arrears item ${index + 1} (bill ${String(item.billId ?? '?')})`;
  if (!(p.feeItems ? p.feeItems.has(item.feeItem as string) : item.feeItem === ctx.feeItem.code)) return null;
  const balance = decimalField(item, 'balance', where);
  const due = optionalDate(item, 'dueDate', where);
  if (due === null) throw new Error(`${where}: dueDate is missing`);
  const lastFree = toDay(due) + p.graceDays;
  const paused = p.pauseWhileDisputed && asOf > lastFree ? disputedDays(item, where, lastFree + 1, asOf) : 0;
  const days = asOf - lastFree - paused;
  if (days <= 0 || !balance.greaterThan(ZERO)) return null;
  const a = accrualOf(p, balance, item.balance as string, days);
  const v = {
    bill: String(item.billId), balance: a.balanceText, due, grace: String(p.graceDays), rate: p.rateText, days: String(days),
    from: fromDay(lastFree + 1), asOf: ctx.asOf, capRatio: p.capRatioText, amount: a.amountText, paused: String(paused),
  };
  return { amount: a.amount, why: { t: a.capped ? CAPPED : paused > 0 ? PAUSED : ITEM, v } };
}

export const daily: ActionDef = {
  name: 'daily',
  phase: 'lateFee',
  label: text('按日计收滞纳金', 'Daily late fee'),
  description: text(
    '每笔逾期欠费：余额 × 日费率 × 逾期天数（自到期日加宽限天数的次日起算至今日，收费争议期间不计），每笔不超过余额 × 上限倍数；分期协议履行中免收',
    'Per overdue bill: balance × daily rate × days overdue (from the day after due date + grace days through today, days under a fee dispute excepted), at most balance × cap ratio; waived while an installment plan is kept',
  ),
  paramsSchema: params({
    rate: decimal(text('日费率（如 0.0003 = 万分之三）', 'Daily rate (e.g. 0.0003)'), { minimum: '0', maximum: '1' }),
    graceDays: integer(text('宽限天数', 'Grace days'), { minimum: 0 }),
    capRatio: decimal(text('上限（欠费余额的倍数，如 1 = 不超过欠费）', 'Cap (multiple of the balance, e.g. 1 = at most the balance)'), { minimum: '0' }),
    feeItems: array(text('计收的收费项目（默认本项目）', 'Fee items counted (default: this one)'), string(text('收费项目代码', 'Fee item code')), { minItems: 1 }),
    pauseWhileDisputed: boolean(text('收费争议期间暂停计收（默认是）', 'Pause while the bill is disputed (default yes)')),
  }, ['rate', 'graceDays', 'capRatio']),
  plan(params, facts, ctx) {
    const arrears = arrearsOf(facts);
    if (arrears.length === 0) return [];
    const p = parse(params);
    const asOf = toDay(ctx.asOf);
    const fees: Array<{ amount: Decimal; why: Explain }> = [];
    for (let i = 0; i < arrears.length; i++) {
      const fee = lateFeeOf(arrears[i]!, i, p, ctx, asOf);
      if (fee !== null) fees.push(fee);
    }
    if (fees.length === 0 || factRecord(facts, 'plan')?.current !== true) return fees.map((fee) => ({ kind: 'lateFee', ...fee }));
    const accrued = fees.reduce((sum, fee) => sum.plus(fee.amount), ZERO);
    return [{ kind: 'lateFee', amount: ZERO, why: { t: WAIVED, v: { accrued: amountText(accrued) } } }];
  },
};
