import { fail, isBlank, ok, type FieldTypeModule, type TextFieldDef } from './types';

export const textField: FieldTypeModule<TextFieldDef, string> = {
  parse(raw) {
    if (isBlank(raw)) return ok(null);
    // Spreadsheets hand over room numbers such as 1502 as numbers.
    if (typeof raw === 'string' || typeof raw === 'number') return ok(String(raw).trim());
    return fail('invalidValue');
  },
  validate(value, def) {
    if (def.maxLength !== undefined && [...value].length > def.maxLength) {
      return { code: 'tooLong', params: { max: def.maxLength } };
    }
    if (def.pattern && !def.pattern.regex.test(value)) {
      return { code: 'pattern', params: { example: def.pattern.example } };
    }
    return null;
  },
  format: (value) => value,
  toWire: (value) => value,
};
