// Turns the effects of the rules that fired into one fee line, in a fixed phase order whatever order the rules
// fired in: coverage → base (prorated by day) → status factors → discounts / surcharges → late fee → cap →
// rounding (once per part) → due date. Shared by the fast path and the reference evaluator.
import { Decimal, HUNDRED, ZERO, min, minus, money, plus, roundTo, times } from '../money.js';
import { PHASES, type EvalContext, type Effect, type Explain } from '../plugin/types.js';
import type { ExplanationLine, FiredRule, LineOk } from './types.js';
import { prorate, rangeOf, type DayRange, type FactorRange, type Proration } from './prorate.js';
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

// Built field by field rather than with spreads: this runs for every effect of every line.
function line(effect: Effect, why: Explain, rule: string | undefined, amount?: Decimal): ExplanationLine {
  const out: { -readonly [K in keyof ExplanationLine]: ExplanationLine[K] } = { phase: PHASE_OF[effect.kind], t: why.t };
  if (rule) out.rule = rule;
  if (why.v) out.v = why.v;
  if (amount) out.amount = money(amount);
  return out;
}

const percentOf = (base: Decimal, percent: Decimal): Decimal => times(base, percent).dividedBy(HUNDRED);

function prorationLines(p: Proration, monthly: Decimal, factorWhy: readonly Explain[], total: Decimal): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  for (const g of p.groups) {
    const s = g.segment;
    // With one group its amount is the prorated total itself: no extra arithmetic on the fast path.
    const amount = p.groups.length === 1 ? total
      : g.whole ? monthly.times(g.months).times(s.factor) : monthly.times(s.days).dividedBy(s.daysInMonth).times(s.factor);
    lines.push({ phase: 'base', t: g.whole ? T.wholeMonths : T.partialMonth, v: g.v, amount: money(amount) });
    for (const f of s.factors) {
      const why = factorWhy[f]!;
      lines.push(why.v ? { phase: 'status', t: why.t, v: why.v } : { phase: 'status', t: why.t });
    }
  }
  return lines;
}

const add = (a: Decimal, b: Decimal): Decimal => (a === ZERO ? b : b.isZero() ? a : plus(a, b));

/** `planned` is the caller's own list: it is sorted into phase order in place (a stable sort). */
export function applyEffects(feeItem: string, planned: PlannedEffect[], fired: FiredRule[], ctx: EvalContext): LineOk {
  const ordered = planned.length > 1 ? planned.sort((a, b) => PHASE_INDEX[PHASE_OF[a.effect.kind]] - PHASE_INDEX[PHASE_OF[b.effect.kind]]) : planned;
  const explanation: ExplanationLine[] = [];
  const billable: DayRange = rangeOf(ctx.period.start, ctx.period.end);
  const factors: FactorRange[] = [];
  const factorWhy: Explain[] = [];
  // Sums start from the shared ZERO and skip zero terms: every Decimal operation allocates.
  let monthly = ZERO;
  let hasMonthly = false;
  let lump = ZERO;
  let discountExact = ZERO;
  let surchargeExact = ZERO;
  let lateFeeExact = ZERO;
  let cap: Decimal | null = null;
  let dueDate: string | null = null;
  let adjustments: PlannedEffect[] | null = null;

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
        monthly = add(monthly, effect.amount);
        hasMonthly = true;
        explanation.push(line(effect, effect.why, rule, effect.amount));
        break;
      case 'lump':
        lump = add(lump, effect.amount);
        explanation.push(line(effect, effect.why, rule, effect.amount));
        break;
      case 'factor': {
        const r = rangeOf(effect.from, effect.to);
        factors.push({ from: r.from, to: r.to, factor: effect.factor, index: factors.length });
        factorWhy.push(effect.why);
        break;
      }
      case 'lateFee':
        lateFeeExact = add(lateFeeExact, effect.amount);
        explanation.push(line(effect, effect.why, rule, effect.amount));
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
        (adjustments ??= []).push({ effect, ...(rule ? { rule } : {}) });
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
      proratedExact = times(monthly, p.months);
      for (const l of prorationLines(p, monthly, factorWhy, proratedExact)) explanation.push(l);
    }
  }
  let principal = roundTo(add(proratedExact, lump), ctx.rounding);
  if (cap !== null && principal.greaterThan(cap)) principal = roundTo(cap, ctx.rounding);

  for (const { effect, rule } of adjustments ?? []) {
    if (effect.kind !== 'discount' && effect.kind !== 'surcharge') continue;
    const amount = effect.amount ?? percentOf(principal, effect.percent ?? ZERO);
    if (effect.kind === 'discount') discountExact = add(discountExact, amount);
    else surchargeExact = add(surchargeExact, amount);
    explanation.push(line(effect, effect.why, rule, amount));
  }
  const surcharge = roundTo(surchargeExact, ctx.rounding);
  // A discount never makes the charge negative.
  const discount = discountExact === ZERO ? ZERO : min(roundTo(discountExact, ctx.rounding), add(principal, surcharge));
  const lateFee = roundTo(lateFeeExact, ctx.rounding);
  const total = add(add(discount === ZERO ? principal : minus(principal, discount), surcharge), lateFee);
  const parts = { principal: money(principal), discount: money(discount), surcharge: money(surcharge), lateFee: money(lateFee) };
  const totalText = money(total);
  explanation.push({ phase: 'total', t: T.total, v: parts, amount: totalText });

  return { ok: true, feeItem, ...parts, total: totalText, dueDate, fired, explanation };
}
