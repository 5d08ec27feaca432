// The derived `period` fact: the period being billed and the day the run counts as today, so a rule can hold
// for some periods only (a promotion for 2027's first half, an annual fee billed with January) and conditions
// can compare a unit's dates with the period's (handed over before the period began).
import type { EvalContext, Facts } from '../../rules/plugin/types.js';

export interface PeriodFact {
  start: string;
  end: string;
  asOf: string;
  /** Calendar year, month (1–12) and quarter (1–4) of the period's first day. */
  year: number;
  month: number;
  quarter: number;
}

// A context stands for one fee item and input, so every unit of a run shares one period fact.
const byContext = new WeakMap<EvalContext, Readonly<PeriodFact>>();

export function derivePeriod(_facts: Facts, ctx: EvalContext): Readonly<PeriodFact> {
  let period = byContext.get(ctx);
  if (period === undefined) {
    const [year, month] = ctx.period.start.split('-').map(Number) as [number, number];
    // Frozen: every unit's evaluation shares it.
    period = Object.freeze({ start: ctx.period.start, end: ctx.period.end, asOf: ctx.asOf, year, month, quarter: Math.ceil(month / 3) });
    byContext.set(ctx, period);
  }
  return period;
}
