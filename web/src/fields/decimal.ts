import Decimal from 'decimal.js';
import { formatDecimal, formatMoney } from './money';
import { toHalfWidth } from './normalize';
import { fail, isBlank, ok, type DecimalFieldDef, type FieldTypeModule } from './types';

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseDecimalText(text: string): Decimal | null {
  // Tolerate what people paste: "１，２３４．５", "¥1,234.50", "89.5 m²".
  const cleaned = toHalfWidth(text).replace(/[\s,¥]/g, '').replace(/(m²|㎡|m2)$/i, '');
  return DECIMAL_TEXT.test(cleaned) ? new Decimal(cleaned) : null;
}

export const decimalField: FieldTypeModule<DecimalFieldDef, Decimal> = {
  parse(raw) {
    if (isBlank(raw)) return ok(null);
    if (Decimal.isDecimal(raw)) return ok(raw);
    // PostgREST renders numeric as a JSON number; String() gives its shortest exact spelling.
    if (typeof raw === 'number') return Number.isFinite(raw) ? ok(new Decimal(String(raw))) : fail('invalidNumber');
    if (typeof raw === 'string') {
      const value = parseDecimalText(raw);
      return value ? ok(value) : fail('invalidNumber');
    }
    return fail('invalidNumber');
  },
  validate(value, def) {
    if (value.decimalPlaces() > def.scale) return { code: 'tooManyDecimals', params: { scale: def.scale } };
    if (def.min !== undefined) {
      if (def.minExclusive && value.lte(def.min)) return { code: 'notAboveMin', params: { min: def.min } };
      if (!def.minExclusive && value.lt(def.min)) return { code: 'belowMin', params: { min: def.min } };
    }
    if (def.max !== undefined && value.gt(def.max)) return { code: 'aboveMax', params: { max: def.max } };
    return null;
  },
  format: (value, def) => (def.display === 'money' ? formatMoney(value) : formatDecimal(value, def.scale)),
  toWire: (value, def) => (value === null ? null : value.toFixed(def.scale)),
};
