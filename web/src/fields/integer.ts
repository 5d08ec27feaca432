import { toHalfWidth } from './normalize';
import { fail, isBlank, ok, type FieldTypeModule, type IntegerFieldDef } from './types';

export const integerField: FieldTypeModule<IntegerFieldDef, number> = {
  parse(raw) {
    if (isBlank(raw)) return ok(null);
    if (typeof raw === 'number') return Number.isSafeInteger(raw) ? ok(raw) : fail('notInteger');
    if (typeof raw === 'string') {
      const text = toHalfWidth(raw).trim();
      if (!/^[+-]?\d+$/.test(text)) return fail('notInteger');
      const value = Number(text);
      return Number.isSafeInteger(value) ? ok(value) : fail('notInteger');
    }
    return fail('notInteger');
  },
  validate(value, def) {
    if (def.min !== undefined && value < def.min) return { code: 'belowMin', params: { min: def.min } };
    if (def.max !== undefined && value > def.max) return { code: 'aboveMax', params: { max: def.max } };
    return null;
  },
  format: (value) => String(value),
  toWire: (value) => value,
};
