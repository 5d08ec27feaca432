// Comparisons of decimal facts (an area, a balance) with a decimal value, exactly. json-rules-engine's own
// lessThan/greaterThan compare two strings as text ("100" < "88.50") or coerce them to floats; these compare
// Decimals. A fact or value that is not a decimal string makes the condition false, as json-rules-engine does
// for a fact its operator cannot compare.
import type { OperatorDef } from '../../rules/plugin/types.js';
import { dec, isDecimalText, type Decimal } from '../../rules/money.js';
import { text } from '../shared/schema.js';

const decimalOperator = (name: string, zh: string, en: string, test: (a: Decimal, b: Decimal) => boolean): OperatorDef => ({
  name,
  label: text(zh, en),
  evaluate: (fact, value) => isDecimalText(fact) && isDecimalText(value) && test(dec(fact), dec(value)),
});

export const decimalOperators: readonly OperatorDef[] = [
  decimalOperator('decimalLessThan', '小于（精确数值）', 'is less than (exact)', (a, b) => a.lessThan(b)),
  decimalOperator('decimalLessThanInclusive', '不大于（精确数值）', 'is at most (exact)', (a, b) => a.lessThanOrEqualTo(b)),
  decimalOperator('decimalGreaterThan', '大于（精确数值）', 'is greater than (exact)', (a, b) => a.greaterThan(b)),
  decimalOperator('decimalGreaterThanInclusive', '不小于（精确数值）', 'is at least (exact)', (a, b) => a.greaterThanOrEqualTo(b)),
];
