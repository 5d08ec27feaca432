// Starting values for forms generated from a plugin's params schema: what a new rule or a new list item holds
// before anybody types. Required settings with an obvious value get it; the rest stay empty so the live
// validation asks for them.
import type { Json } from '../../../../../rules';
import type { JsonSchema } from '../../../../../rules/schema/types';

export function defaultValue(schema: JsonSchema): Json | undefined {
  switch (schema.type) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const key of schema.required ?? []) {
        const sub = schema.properties[key];
        const value = sub && defaultValue(sub);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'array':
      return schema.minItems && schema.minItems > 0 ? Array.from({ length: schema.minItems }, () => defaultValue(schema.items) ?? null) : [];
    case 'string':
      return schema.enum?.[0];
    case 'boolean':
      return false;
    case 'integer':
      return undefined;
  }
}

/** Params for a newly chosen action. */
export function defaultParams(schema: JsonSchema): Record<string, Json> {
  const value = defaultValue(schema);
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
