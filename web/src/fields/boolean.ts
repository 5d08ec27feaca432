import { fail, isBlank, ok, type BooleanFieldDef, type FieldTypeModule } from './types';

const TRUE_WORDS = ['true', 'yes', 'y', '1', '是', '启用', '有效', '√', '✓'];
const FALSE_WORDS = ['false', 'no', 'n', '0', '否', '停用', '无效', '×', '✗'];

export const booleanField: FieldTypeModule<BooleanFieldDef, boolean> = {
  parse(raw) {
    if (isBlank(raw)) return ok(null);
    if (typeof raw === 'boolean') return ok(raw);
    const word = String(raw).trim().toLowerCase();
    if (TRUE_WORDS.includes(word)) return ok(true);
    if (FALSE_WORDS.includes(word)) return ok(false);
    return fail('invalidBoolean');
  },
  validate: () => null,
  format: (value, _def, ctx) => ctx.booleanLabel(value),
  toWire: (value) => value,
};
