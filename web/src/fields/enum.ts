import { ENUMS } from '../domain/enums';
import { fail, isBlank, ok, type EnumFieldDef, type FieldTypeModule } from './types';

export const enumField: FieldTypeModule<EnumFieldDef, string> = {
  parse(raw, def, ctx) {
    if (isBlank(raw)) return ok(null);
    if (typeof raw !== 'string') return fail('invalidOption');
    const text = raw.trim();
    const options: readonly string[] = ENUMS[def.enum];
    const value = options.includes(text) ? text : ctx?.enumLookup?.(def.enum, text);
    return value !== undefined && options.includes(value) ? ok(value) : fail('invalidOption');
  },
  validate: () => null,
  format: (value, def, ctx) => ctx.enumLabel(def.enum, value),
  toWire: (value) => value,
};
