// json-rules-engine's built-in operators, restated with exactly its semantics (a fact-value check, then the
// comparison) so the compiled fast path decides every condition as the reference evaluator does.
import type { OperatorDef } from '../plugin/types.js';

// For a number, parsing its text back gives NaN only for NaN: skip the round trip for the usual count.
const isNumberLike = (v: unknown): boolean => (typeof v === 'number' ? !Number.isNaN(v) : Number.parseFloat(v as string).toString() !== 'NaN');
const indexOf = (haystack: unknown, needle: unknown): number => (haystack as { indexOf(x: unknown): number }).indexOf(needle);

const op = (name: string, zh: string, en: string, check: (a: unknown) => boolean, cb: (a: unknown, b: unknown) => boolean): OperatorDef => ({
  name,
  label: { 'zh-CN': zh, en },
  evaluate: (a, b) => check(a) && cb(a, b),
});
const any = () => true;

// Comparisons are for counts and dates ('YYYY-MM-DD' strings compare in calendar order), never for money.
export const BUILTIN_OPERATORS: readonly OperatorDef[] = [
  op('equal', '等于', 'equals', any, (a, b) => a === b),
  op('notEqual', '不等于', 'does not equal', any, (a, b) => a !== b),
  op('in', '属于', 'is one of', any, (a, b) => indexOf(b, a) > -1),
  op('notIn', '不属于', 'is none of', any, (a, b) => indexOf(b, a) === -1),
  op('contains', '包含', 'contains', Array.isArray, (a, b) => indexOf(a, b) > -1),
  op('doesNotContain', '不包含', 'does not contain', Array.isArray, (a, b) => indexOf(a, b) === -1),
  op('lessThan', '小于', 'is less than', isNumberLike, (a, b) => (a as number) < (b as number)),
  op('lessThanInclusive', '小于等于', 'is at most', isNumberLike, (a, b) => (a as number) <= (b as number)),
  op('greaterThan', '大于', 'is greater than', isNumberLike, (a, b) => (a as number) > (b as number)),
  op('greaterThanInclusive', '大于等于', 'is at least', isNumberLike, (a, b) => (a as number) >= (b as number)),
];
