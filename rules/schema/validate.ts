// Validates a value against the JSON Schema subset, reporting each problem at its JSON pointer.
import { isDecimalText, dec } from '../money.js';
import { isIsoDate } from '../dates.js';
import type { JsonSchema } from './types.js';

export interface Issue {
  /** RFC 6901 JSON pointer into the validated document, e.g. /feeItems/0/rules/2/event/params/ratePerM2Month */
  pointer: string;
  message: string;
}

export const pointerSegment = (key: string | number): string => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

export function validateSchema(schema: JsonSchema, value: unknown, pointer = ''): Issue[] {
  const issue = (message: string): Issue[] => [{ pointer: pointer || '/', message }];
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return issue(`expected ${schema.format === 'decimal' ? 'a decimal string such as "2.80"' : schema.format === 'date' ? 'a date "YYYY-MM-DD"' : 'a string'}, got ${kindOf(value)}`);
      if (schema.enum && !schema.enum.includes(value)) return issue(`expected one of ${schema.enum.join(', ')}, got "${value}"`);
      if (schema.format === 'decimal') {
        if (!isDecimalText(value)) return issue(`expected a decimal string such as "2.80", got "${value}"`);
        if (schema.minimum !== undefined && dec(value).lessThan(dec(schema.minimum))) return issue(`must be at least ${schema.minimum}, got ${value}`);
        if (schema.maximum !== undefined && dec(value).greaterThan(dec(schema.maximum))) return issue(`must be at most ${schema.maximum}, got ${value}`);
      }
      if (schema.format === 'date' && !isIsoDate(value)) return issue(`expected a date "YYYY-MM-DD", got "${value}"`);
      if (schema.minLength !== undefined && value.length < schema.minLength) return issue(`must have at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return issue(`must have at most ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return issue(`does not match ${schema.pattern}`);
      return [];
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return issue(`expected an integer, got ${kindOf(value)}`);
      if (schema.minimum !== undefined && value < schema.minimum) return issue(`must be at least ${schema.minimum}, got ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum) return issue(`must be at most ${schema.maximum}, got ${value}`);
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : issue(`expected true or false, got ${kindOf(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return issue(`expected an array, got ${kindOf(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems) return issue(`expected at least ${schema.minItems} item(s)`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return issue(`expected at most ${schema.maxItems} item(s)`);
      return value.flatMap((item, i) => validateSchema(schema.items, item, pointer + pointerSegment(i)));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return issue(`expected an object, got ${kindOf(value)}`);
      const record = value as Record<string, unknown>;
      const missing = (schema.required ?? []).filter((key) => record[key] === undefined)
        .map((key) => ({ pointer: pointer + pointerSegment(key), message: 'is required' }));
      const extra = schema.additionalProperties === false
        ? Object.keys(record).filter((key) => !(key in schema.properties))
          .map((key) => ({ pointer: pointer + pointerSegment(key), message: `is not a known setting (known: ${Object.keys(schema.properties).join(', ') || 'none'})` }))
        : [];
      const nested = Object.entries(schema.properties)
        .filter(([key]) => record[key] !== undefined)
        .flatMap(([key, sub]) => validateSchema(sub, record[key], pointer + pointerSegment(key)));
      return [...missing, ...extra, ...nested];
    }
  }
}
