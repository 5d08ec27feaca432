// Turns the effects of the rules that fired into one fee line, in a fixed phase order whatever order the rules
// fired in: coverage → base (prorated by day) → status factors → discounts / surcharges → late fee → cap →
// rounding (once per part) → due date. Shared by the fast path and the reference evaluator.
import { Decimal, HUNDRED, ZERO, min, money, roundTo } from '../money.js';
import { PHASES, type EvalContext, type Effect, type Explain } from '../plugin/types.js';
import type { ExplanationLine, FiredRule, LineOk } from './types.js';
import { prorate, rangeOf, type DayRange, type FactorRange, type Proration, type Segment } from './prorate.js';
import { T } from '../explain/templates.js';

export interface PlannedEffect {
  effect: Effect;
  rule?: string;
}

const PHASE_OF: Record<Effect['kind'], (typeof PHASES)[number]> = {
  coverage: 'start', monthly: 'base', lump: 'base', factor: 'status', discount: 'discount', surcharge: 'surcharge',
  lateFee: 'lateFee', cap: 'cap', due: 'due', dunningStage: 'dunning',
};
const PHASE_INDEX = Object.fromEntries(PHASES.map((p, i) => [p, i])) as Record<(typeof PHASES)[number], number>;

function line(effect: Effect, why: Explain, rule: string | undefined, amount?: Decimal): ExplanationLine {
  return { phase: PHASE_OF[effect.kind], ...(rule ? { rule } : {}), t: why.t, ...(why.v ? { v: why.v } : {}), ...(amount ? { amount: money(amount) } : {}) };
}

const percentOf = (base: Decimal, percent: Decimal): Decimal => base.times(percent).dividedBy(HUNDRED);

interface ProrationGroup { first: Segment; months: number; whole: boolean }

/** Consecutive whole months with the same factors read as one line; partial months as days/month-length. */
function groupSegments(p: Proration): ProrationGroup[] {
  const groups: ProrationGroup[] = [];
  for (const s of p.segments) {
    const whole = s.days === s.daysInMonth;
    const last = groups[groups.length - 1];
    if (whole && last?.whole && last.first.factors.join() === s.factors.join()) last.months += 1;
    else groups.push({ first: s, months: 1, whole });
  }
  return groups;
}

const ym = (s: Segment): string => `${s.year}-${String(s.month).padStart(2, '0')}`;

function prorationLines(p: Proration, monthly: Decimal, factorWhy: readonly Explain[], total: Decimal): ExplanationLine[] {
  const groups = groupSegments(p);
  return groups.flatMap(({ first: s, months, whole }) => {
    // With one group its amount is the prorated total itself: no extra arithmetic on the fast path.
    const amount = groups.length === 1 ? total
      : whole ? monthly.times(months).times(s.factor) : monthly.times(s.days).dividedBy(s.daysInMonth).times(s.factor);
    const head: ExplanationLine = whole
      ? { phase: 'base', t: T.wholeMonths, v: { months: String(months), from: ym(s) }, amount: money(amount) }
      : { phase: 'base', t: T.partialMonth, v: { month: ym(s), days: String(s.days), daysInMonth: String(s.daysInMonth) }, amount: money(amount) };
    return [head, ...s.factors.map((f): ExplanationLine => ({ phase: 'status', t: factorWhy[f]!.t, ...(factorWhy[f]!.v ? { v: factorWhy[f]!.v } : {}) }))];
  });
}

export function applyEffects(feeItem: string, planned: readonly PlannedEffect[], fired: FiredRule[], ctx: EvalContext): LineOk {
  const ordered = [...planned].sort((a, b) => PHASE_INDEX[PHASE_OF[a.effect.kind]] - PHASE_INDEX[PHASE_OF[b.effect.kind]]);
  const explanation: ExplanationLine[] = [];
  const billable: DayRange = rangeOf(ctx.period.start, ctx.period.end);
  const factors: FactorRange[] = [];
  const factorWhy: Explain[] = [];
  let monthly = ZERO;
  let hasMonthly = false;
  let lump = ZERO;
  let discountExact = ZERO;
  let surchargeExact = ZERO;
  let lateFeeExact = ZERO;
  let cap: Decimal | null = null;
  let dueDate: string | null = null;
  const deferred: PlannedEffect[] = [];

  for (const { effect, rule } of ordered) {
    switch (effect.kind) {
      case 'coverage': {
        const r = rangeOf(effect.from, effect.to);
        billable.from = Math.max(billable.from, r.from);
        billable.to = Math.min(billable.to, r.to);
        explanation.push(line(effect, effect.why, rule));
        break;
      }
      case 'monthly':
        monthly = monthly.plus(effect.amount);
        hasMonthly = true;
        explanation.push(line(effect, effect.why, rule, effect.amount));
        break;
      case 'lump':
        lump = lump.plus(effect.amount);
        explanation.push(line(effect, effect.why, rule, effect.amount));
        break;
      case 'factor': {
        const r = rangeOf(effect.from, effect.to);
        factors.push({ ...r, factor: effect.factor, index: factors.length });
        factorWhy.push(effect.why);
        break;
      }
      case 'lateFee':
        lateFeeExact = lateFeeExact.plus(effect.amount);
        explanation.push(line(effect, effect.why, rule));
        break;
      case 'cap':
        cap = cap === null ? effect.max : min(cap, effect.max);
        explanation.push(line(effect, effect.why, rule, effect.max));
        break;
      case 'due':
        dueDate = effect.date;
        explanation.push(line(effect, effect.why, rule));
        break;
      case 'discount':
      case 'surcharge':
        // Percentages apply to the rounded principal, known only after the base phase.
        deferred.push({ effect, ...(rule ? { rule } : {}) });
        break;
      case 'dunningStage':
        break;
    }
  }

  let proratedExact = ZERO;
  if (hasMonthly) {
    if (billable.from > billable.to) {
      explanation.push({ phase: 'base', t: T.nothingBillable });
    } else {
      const p = prorate(ctx.period.start, ctx.period.end, billable, factors);
      const months = p.weightNumerator.dividedBy(p.weightDenominator);
      proratedExact = monthly.times(months);
      explanation.push(...prorationLines(p, monthly, factorWhy, proratedExact));
    }
  }
  let principal = roundTo(proratedExact.plus(lump), ctx.rounding);
  if (cap !== null && principal.greaterThan(cap)) principal = roundTo(cap, ctx.rounding);

  for (const { effect, rule } of deferred) {
    if (effect.kind !== 'discount' && effect.kind !== 'surcharge') continue;
    const amount = effect.amount ?? percentOf(principal, effect.percent ?? ZERO);
    if (effect.kind === 'discount') discountExact = discountExact.plus(amount);
    else surchargeExact = surchargeExact.plus(amount);
    explanation.push(line(effect, effect.why, rule, amount));
  }
  const surcharge = roundTo(surchargeExact, ctx.rounding);
  // A discount never makes the charge negative.
  const discount = min(roundTo(discountExact, ctx.rounding), principal.plus(surcharge));
  const lateFee = roundTo(lateFeeExact, ctx.rounding);
  const total = principal.minus(discount).plus(surcharge).plus(lateFee);
  explanation.push({ phase: 'total', t: T.total, v: { principal: money(principal), discount: money(discount), surcharge: money(surcharge), lateFee: money(lateFee) }, amount: money(total) });

  return {
    ok: true,
    feeItem,
    principal: money(principal),
    discount: money(discount),
    surcharge: money(surcharge),
    lateFee: money(lateFee),
    total: money(total),
    dueDate,
    fired,
    explanation,
  };
}

