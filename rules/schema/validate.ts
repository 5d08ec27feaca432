// Validates a value against the JSON Schema subset, reporting each problem at its JSON pointer, in Chinese and
// English (the policy editor shows them to office staff).
import { isDecimalText, dec } from '../money.js';
import { isIsoDate } from '../dates.js';
import type { Localized } from '../localized.js';
import type { JsonSchema } from './types.js';

export interface Issue {
  /** RFC 6901 JSON pointer into the validated document, e.g. /feeItems/0/rules/2/event/params/ratePerM2Month */
  pointer: string;
  message: Localized;
}

export const msg = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

export const pointerSegment = (key: string | number): string => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const KINDS: Record<string, Localized> = {
  null: msg('空值', 'null'), array: msg('数组', 'an array'), object: msg('对象', 'an object'), string: msg('文字', 'a string'),
  number: msg('数字', 'a number'), boolean: msg('真/假', 'a boolean'), undefined: msg('未填写', 'nothing'),
};
export function kindOf(value: unknown): Localized {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return KINDS[kind] ?? msg(kind, kind);
}

const DECIMAL = msg('小数文字，例如 "2.80"', 'a decimal string such as "2.80"');
const DATE = msg('日期 "YYYY-MM-DD"', 'a date "YYYY-MM-DD"');

function expected(what: Localized, got: Localized): Localized {
  return msg(`应为${what['zh-CN']}，实际为${got['zh-CN']}`, `expected ${what.en}, got ${got.en}`);
}

export function validateSchema(schema: JsonSchema, value: unknown, pointer = ''): Issue[] {
  const issue = (message: Localized): Issue[] => [{ pointer: pointer || '/', message }];
  switch (schema.type) {
    case 'string': {
      const what = schema.format === 'decimal' ? DECIMAL : schema.format === 'date' ? DATE : msg('文字', 'a string');
      if (typeof value !== 'string') return issue(expected(what, kindOf(value)));
      if (schema.enum && !schema.enum.includes(value)) return issue(msg(`应为以下之一：${schema.enum.join('、')}，实际为 "${value}"`, `expected one of ${schema.enum.join(', ')}, got "${value}"`));
      if (schema.format === 'decimal') {
        if (!isDecimalText(value)) return issue(expected(DECIMAL, msg(`"${value}"`, `"${value}"`)));
        if (schema.minimum !== undefined && dec(value).lessThan(dec(schema.minimum))) return issue(msg(`不能小于 ${schema.minimum}，实际为 ${value}`, `must be at least ${schema.minimum}, got ${value}`));
        if (schema.maximum !== undefined && dec(value).greaterThan(dec(schema.maximum))) return issue(msg(`不能大于 ${schema.maximum}，实际为 ${value}`, `must be at most ${schema.maximum}, got ${value}`));
      }
      if (schema.format === 'date' && !isIsoDate(value)) return issue(expected(DATE, msg(`"${value}"`, `"${value}"`)));
      if (schema.minLength !== undefined && value.length < schema.minLength) return issue(msg(`至少 ${schema.minLength} 个字符`, `must have at least ${schema.minLength} characters`));
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return issue(msg(`最多 ${schema.maxLength} 个字符`, `must have at most ${schema.maxLength} characters`));
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return issue(msg(`格式不符合 ${schema.pattern}`, `does not match ${schema.pattern}`));
      return [];
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return issue(expected(msg('整数', 'an integer'), kindOf(value)));
      if (schema.minimum !== undefined && value < schema.minimum) return issue(msg(`不能小于 ${schema.minimum}，实际为 ${value}`, `must be at least ${schema.minimum}, got ${value}`));
      if (schema.maximum !== undefined && value > schema.maximum) return issue(msg(`不能大于 ${schema.maximum}，实际为 ${value}`, `must be at most ${schema.maximum}, got ${value}`));
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : issue(expected(msg('是或否（true/false）', 'true or false'), kindOf(value)));
    case 'array': {
      if (!Array.isArray(value)) return issue(expected(msg('数组', 'an array'), kindOf(value)));
      if (schema.minItems !== undefined && value.length < schema.minItems) return issue(msg(`至少 ${schema.minItems} 项`, `expected at least ${schema.minItems} item(s)`));
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return issue(msg(`最多 ${schema.maxItems} 项`, `expected at most ${schema.maxItems} item(s)`));
      return value.flatMap((item, i) => validateSchema(schema.items, item, pointer + pointerSegment(i)));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return issue(expected(msg('对象', 'an object'), kindOf(value)));
      const record = value as Record<string, unknown>;
      const known = Object.keys(schema.properties).join(', ') || 'none';
      const missing = (schema.required ?? []).filter((key) => record[key] === undefined)
        .map((key) => ({ pointer: pointer + pointerSegment(key), message: msg('必填', 'is required') }));
      const extra = schema.additionalProperties === false
        ? Object.keys(record).filter((key) => !(key in schema.properties))
          .map((key) => ({ pointer: pointer + pointerSegment(key), message: msg(`不是可用的设置（可用：${known}）`, `is not a known setting (known: ${known})`) }))
        : [];
      const nested = Object.entries(schema.properties)
        .filter(([key]) => record[key] !== undefined)
        .flatMap(([key, sub]) => validateSchema(sub, record[key], pointer + pointerSegment(key)));
      return [...missing, ...extra, ...nested];
    }
  }
}
