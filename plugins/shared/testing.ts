// For the plugins' unit tests: an evaluation context and a way to read an effect's explanation as a clerk does.
import { DEFAULT_ROUNDING } from '../../rules/money.js';
import type { EvalContext, Explain } from '../../rules/plugin/types.js';
import { fill } from '../../rules/explain/format.js';

export function context(period: { start: string; end: string }, asOf = period.start, feeItem = 'mgmt'): EvalContext {
  return { period, asOf, timezone: 'Asia/Shanghai', rounding: DEFAULT_ROUNDING, feeItem: { code: feeItem, cycle: 'quarter' } };
}

export const zh = (why: Explain): string => fill(why.t['zh-CN'], why.v);
export const en = (why: Explain): string => fill(why.t.en, why.v);
