// What a fact path holds and which paths a condition may compare with each other: one definition for the
// validator and the console's condition builder, so the builder offers exactly what saving accepts.
import type { JsonSchema } from '../schema/types.js';
import type { Localized } from '../localized.js';
import { msg } from '../schema/validate.js';
import { pathKeys } from '../evaluate/conditions.js';

export type ValueType = 'decimal' | 'date' | 'text' | 'integer' | 'boolean' | 'list' | 'record';

/** The schema at `$.a.b` in a fact's schema (the whole fact without a path), or undefined when it declares no such property. */
export function schemaAt(schema: JsonSchema, path: string | undefined): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const key of path ? pathKeys(path) : []) {
    // Own properties only: `$.toString` names nothing a fact holds.
    current = current?.type === 'object' && Object.hasOwn(current.properties, key) ? current.properties[key] : undefined;
  }
  return current;
}

export function valueTypeOf(schema: JsonSchema): ValueType {
  switch (schema.type) {
    case 'string':
      return schema.format ?? 'text';
    case 'array':
      return 'list';
    case 'object':
      return 'record';
    default:
      return schema.type;
  }
}

const TYPE_NAMES: Record<ValueType, Localized> = {
  decimal: msg('小数', 'a decimal'),
  date: msg('日期', 'a date'),
  text: msg('文字', 'text'),
  integer: msg('整数', 'an integer'),
  boolean: msg('是/否', 'yes/no'),
  list: msg('列表', 'a list'),
  record: msg('整个数据项', 'a whole record'),
};

/** json-rules-engine's operators that look for an element in a list on the left. */
export const ELEMENT_OPERATORS = ['contains', 'doesNotContain'];
/** json-rules-engine's comparisons with JavaScript's < and >: calendar order for dates, numeric for integers. */
export const ORDER_OPERATORS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/** The exact operator for a decimal compared with json-rules-engine's lessThan …, which compare decimal strings as text or floats. */
export const exactDecimalOperator = (operator: string): string => `decimal${operator[0]!.toUpperCase()}${operator.slice(1)}`;

/**
 * Why a condition cannot compare the fact path `left` with the fact path `right` under `operator`, or null
 * when it can. Both sides hold the same type of value (an element against a list for contains), compared in a
 * way that means something: order only for dates and integers (decimals through the exact decimal operators),
 * never a whole record (compared by identity, never equal), never decimals as text ('99.0' ≠ '99').
 */
export function comparisonProblem(operator: string, left: JsonSchema, right: JsonSchema): Localized | null {
  const name = (s: JsonSchema): Localized => TYPE_NAMES[valueTypeOf(s)];
  const mismatch = (a: JsonSchema, b: JsonSchema): Localized =>
    msg(`两边的数据类型不同：${name(a)['zh-CN']}与${name(b)['zh-CN']}`, `the two sides hold different types: ${name(a).en} and ${name(b).en}`);
  if (left.type === 'object' || right.type === 'object') return msg('两边都应是数据项中的某个字段，而不是整个数据项', 'expected fields of the facts on both sides, not whole records');
  if (operator === 'in' || operator === 'notIn') {
    // The list may be missing for a unit (no owner recorded), and then in / notIn would fail the whole line.
    return msg(`与另一项数据比较时请用“包含 / 不包含”（把列表放在左边），不要用 ${operator}`, `with another field, use contains / doesNotContain with the list on the left, not ${operator}`);
  }
  if (ELEMENT_OPERATORS.includes(operator)) {
    if (left.type !== 'array') return msg(`${operator} 需要左边是列表`, `${operator} needs a list on the left`);
    return valueTypeOf(left.items) === valueTypeOf(right) ? null : mismatch(left.items, right);
  }
  if (left.type === 'array' || right.type === 'array') {
    return msg('列表只能用“包含 / 不包含”与另一项数据比较', 'a list compares with another field only through contains / doesNotContain');
  }
  if (valueTypeOf(left) !== valueTypeOf(right)) return mismatch(left, right);
  const type = valueTypeOf(left);
  if (ORDER_OPERATORS.includes(operator)) {
    if (type === 'decimal') return msg(`${operator} 会把小数当作文字或浮点数比较；请改用 ${exactDecimalOperator(operator)}`, `${operator} compares decimals as text or as floats; use ${exactDecimalOperator(operator)}`);
    if (type !== 'date' && type !== 'integer') return msg(`${name(left)['zh-CN']}没有大小之分，不能比较大小`, `${name(left).en} has no order to compare`);
  }
  if ((operator === 'equal' || operator === 'notEqual') && type === 'decimal') {
    return msg('两个小数按文字比较会出错（"99.0" ≠ "99"）；请改用精确数值的“不大于”与“不小于”', 'decimals compared as text go wrong ("99.0" ≠ "99"); use the exact at most / at least instead');
  }
  return null;
}
