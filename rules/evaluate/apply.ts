// Turns the effects of the rules that fired into one fee line, in a fixed phase order whatever order the rules
// fired in: coverage → base (prorated by day) → status factors → discounts / surcharges → late fee → cap →
// rounding (once per part) → due date. Shared by the fast path and the reference evaluator.
import { HUNDREDTH, ZERO, min, minus, money, plus, rounder, times, type Decimal } from '../money.js';
import { PHASES, type EvalContext, type Effect, type Explain, type Phase } from '../plugin/types.js';
import type { ExplanationLine, FiredRule, LineOk } from './types.js';
import { periodDays, prorate, rangeOf, type DayRange, type FactorRange, type Proration } from './prorate.js';
import { T } from '../explain/templates.js';

/** What the fired rules' actions and the fee item's slots planned, in that order; `rules[i]` planned `effects[i]`. */
export interface Planned {
  effects: Effect[];
  rules: Array<string | undefined>;
}

const PHASE_OF: Record<Effect['kind'], Phase> = {
  coverage: 'start', monthly: 'base', lump: 'base', factor: 'status', discount: 'discount', surcharge: 'surcharge',
  lateFee: 'lateFee', cap: 'cap', due: 'due', dunningStage: 'dunning',
};
const RANK = Object.fromEntries(PHASES.map((p, i) => [p, i])) as Record<Phase, number>;
const byPhase = (a: ExplanationLine, b: ExplanationLine): number => RANK[a.phase as Phase] - RANK[b.phase as Phase];

function inPhaseOrder(lines: readonly ExplanationLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (byPhase(lines[i - 1]!, lines[i]!) > 0) return false;
  return true;
}

// Built field by field rather than with spreads: this runs for every effect of every line.
function line(effect: Effect, why: Explain, rule: string | undefined, amount?: Decimal): ExplanationLine {
  const out: { -readonly [K in keyof ExplanationLine]: ExplanationLine[K] } = { phase: PHASE_OF[effect.kind], t: why.t };
  if (rule) out.rule = rule;
  if (why.v) out.v = why.v;
  if (amount) out.amount = money(amount);
  return out;
}

// × 0.01 and ÷ 100 only shift the exponent of x × p, so both give the same Decimal; unlike the (costly)
// division, the product is remembered for amounts units share.
const percentOf = (base: Decimal, percent: Decimal): Decimal => times(times(base, percent), HUNDREDTH);

function prorationLines(out: ExplanationLine[], p: Proration, monthly: Decimal, factorWhy: readonly Explain[], total: Decimal): void {
  for (const g of p.groups) {
    const s = g.segment;
    // With one group its amount is the prorated total itself: no extra arithmetic on the fast path.
    const amount = p.groups.length === 1 ? total
      : g.whole ? monthly.times(g.months).times(s.factor) : monthly.times(s.days).dividedBy(s.daysInMonth).times(s.factor);
    out.push({ phase: 'base', t: g.whole ? T.wholeMonths : T.partialMonth, v: g.v, amount: money(amount) });
    for (const f of s.factors) {
      const why = factorWhy[f]!;
      out.push(why.v ? { phase: 'status', t: why.t, v: why.v } : { phase: 'status', t: why.t });
    }
  }
}

const add = (a: Decimal, b: Decimal): Decimal => (a === ZERO ? b : b.isZero() ? a : plus(a, b));
const NO_FACTORS: readonly FactorRange[] = [];

export function applyEffects(feeItem: string, { effects, rules }: Planned, fired: FiredRule[], ctx: EvalContext): LineOk {
  const round = rounder(ctx.rounding);
  const period = periodDays(ctx.period);
  const billable: DayRange = { from: period.from, to: period.to };
  const explanation: ExplanationLine[] = [];
  let factors: FactorRange[] | null = null;
  const factorWhy: Explain[] = [];
  // Sums start from the shared ZERO and skip zero terms: every Decimal operation allocates. Each sum takes one
  // kind of effect, so its terms come in planning order either way.
  let monthly = ZERO;
  let hasMonthly = false;
  let lump = ZERO;
  let lateFeeExact = ZERO;
  let cap: Decimal | null = null;
  let dueDate: string | null = null;
  let adjustments = false;

  for (let i = 0; i < effects.length; i++) {
    const effect = effects[i]!;
    const rule = rules[i];
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
        (factors ??= []).push({ from: r.from, to: r.to, factor: effect.factor, index: factors.length });
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
        adjustments = true;
        break;
      case 'dunningStage':
        break;
    }
  }
  // Lines were written in planning order: only a plan that broke the phase order needs them sorted (stably).
  if (!inPhaseOrder(explanation)) explanation.sort(byPhase);

  let proratedExact = ZERO;
  if (hasMonthly) {
    if (billable.from > billable.to) {
      explanation.push({ phase: 'base', t: T.nothingBillable });
    } else {
      const p = prorate(period, billable, factors ?? NO_FACTORS);
      proratedExact = times(monthly, p.months);
      prorationLines(explanation, p, monthly, factorWhy, proratedExact);
    }
  }
  let principal = round(add(proratedExact, lump));
  if (cap !== null && principal.greaterThan(cap)) principal = round(cap);

  let discountExact = ZERO;
  let surchargeExact = ZERO;
  // Discounts before surcharges (their phase order), each in planning order.
  if (adjustments) {
    for (const kind of ['discount', 'surcharge'] as const) {
      for (let i = 0; i < effects.length; i++) {
        const effect = effects[i]!;
        if (effect.kind !== kind) continue;
        const amount = effect.amount ?? percentOf(principal, effect.percent ?? ZERO);
        if (kind === 'discount') discountExact = add(discountExact, amount);
        else surchargeExact = add(surchargeExact, amount);
        explanation.push(line(effect, effect.why, rules[i], amount));
      }
    }
  }
  const surcharge = round(surchargeExact);
  // A discount never makes the charge negative.
  const discount = discountExact === ZERO ? ZERO : min(round(discountExact), add(principal, surcharge));
  const lateFee = round(lateFeeExact);
  const total = add(add(discount === ZERO ? principal : minus(principal, discount), surcharge), lateFee);
  const parts = { principal: money(principal), discount: money(discount), surcharge: money(surcharge), lateFee: money(lateFee) };
  const totalText = money(total);
  explanation.push({ phase: 'total', t: T.total, v: parts, amount: totalText });

  return {
    ok: true, feeItem, principal: parts.principal, discount: parts.discount, surcharge: parts.surcharge, lateFee: parts.lateFee,
    total: totalText, dueDate, fired, explanation,
  };
}
