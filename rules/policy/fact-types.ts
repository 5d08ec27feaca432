// What a fact path holds and which paths a condition may compare with each other: one definition for the
// validator and the console's condition builder, so the builder offers exactly what saving accepts.
import type { JsonSchema } from '../schema/types.js';
import type { Localized } from '../localized.js';
import { msg } from '../schema/validate.js';

export type ValueType = 'decimal' | 'date' | 'text' | 'integer' | 'boolean' | 'list' | 'record';

/** The schema at `$.a.b` in a fact's schema (the whole fact without a path), or undefined when it declares no such property. */
export function schemaAt(schema: JsonSchema, path: string | undefined): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const key of path ? path.slice(2).split('.') : []) {
    current = current?.type === 'object' ? current.properties[key] : undefined;
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

const LIST_OPERATORS = ['in', 'notIn'];
const ELEMENT_OPERATORS = ['contains', 'doesNotContain'];

/**
 * Why a condition cannot compare the fact path `left` with the fact path `right` under `operator`, or null
 * when it can: both sides must hold the same type of value (an element and a list for in / contains), and a
 * whole record compares by identity — never equal — so it is refused.
 */
export function comparisonProblem(operator: string, left: JsonSchema, right: JsonSchema): Localized | null {
  const name = (s: JsonSchema): Localized => TYPE_NAMES[valueTypeOf(s)];
  const mismatch = (a: JsonSchema, b: JsonSchema): Localized =>
    msg(`两边的数据类型不同：${name(a)['zh-CN']}与${name(b)['zh-CN']}`, `the two sides hold different types: ${name(a).en} and ${name(b).en}`);
  if (right.type === 'object') return msg('应指向数据项中的某个字段，而不是整个数据项', 'expected a field of the fact, not the whole record');
  if (LIST_OPERATORS.includes(operator)) {
    if (right.type !== 'array') return msg(`${operator} 需要另一边是列表，实际为${name(right)['zh-CN']}`, `${operator} needs a list on the other side, got ${name(right).en}`);
    return valueTypeOf(left) === valueTypeOf(right.items) ? null : mismatch(left, right.items);
  }
  if (ELEMENT_OPERATORS.includes(operator)) {
    if (left.type !== 'array') return msg(`${operator} 需要左边是列表`, `${operator} needs a list on the left`);
    return valueTypeOf(left.items) === valueTypeOf(right) ? null : mismatch(left.items, right);
  }
  if (left.type === 'array' || right.type === 'array') {
    return msg('列表只能用“包含”或“属于”与另一数据项比较', 'a list compares with another fact only through contains or is one of');
  }
  return valueTypeOf(left) === valueTypeOf(right) ? null : mismatch(left, right);
}
