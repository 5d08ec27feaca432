import { ENUMS } from '../domain/enums';
import { fail, isBlank, ok, type FieldTypeModule, type TagsFieldDef } from './types';

const DEFAULT_MAX_TAG_LENGTH = 20;
const TAG_SEPARATORS = /[,，;；、\s]+/;

export const tagsField: FieldTypeModule<TagsFieldDef, readonly string[]> = {
  parse(raw, def, ctx) {
    if (isBlank(raw)) return ok(null);
    const pieces = typeof raw === 'string' ? raw.split(TAG_SEPARATORS) : raw;
    if (!Array.isArray(pieces) || !pieces.every((p): p is string => typeof p === 'string')) {
      return fail('invalidValue');
    }
    const known: readonly string[] = ENUMS[def.known];
    const tags = pieces
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '')
      // "老年人" typed in a spreadsheet becomes the well-known tag "senior".
      .map((piece) => (known.includes(piece) ? piece : (ctx?.enumLookup?.(def.known, piece) ?? piece)));
    return tags.length === 0 ? ok(null) : ok([...new Set(tags)]);
  },
  validate(value, def) {
    const max = def.maxTagLength ?? DEFAULT_MAX_TAG_LENGTH;
    const long = value.find((tag) => [...tag].length > max);
    return long === undefined ? null : { code: 'tagTooLong', params: { tag: long, max } };
  },
  format: (value, def, ctx) =>
    value.map((tag) => ctx.enumLabel(def.known, tag)).join(ctx.locale === 'zh-CN' ? '、' : ', '),
  // The column is text[] default '{}': an owner without tags has an empty list, not null.
  toWire: (value) => value ?? [],
};
