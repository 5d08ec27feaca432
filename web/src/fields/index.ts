import { booleanField } from './boolean';
import { dateField } from './date';
import { decimalField } from './decimal';
import { enumField } from './enum';
import { integerField } from './integer';
import { referenceField } from './reference';
import { tagsField } from './tags';
import { textField } from './text';
import type {
  FieldDef,
  FieldDefOf,
  FieldIssue,
  FieldType,
  FieldTypeModule,
  FormatContext,
  ParseContext,
  ParseResult,
  WireValue,
} from './types';

const FIELD_TYPES: { readonly [T in FieldType]: FieldTypeModule<FieldDefOf<T>, unknown> } = {
  text: textField,
  decimal: decimalField,
  integer: integerField,
  date: dateField,
  enum: enumField,
  tags: tagsField,
  reference: referenceField,
  boolean: booleanField,
};

/**
 * The module of a definition's type. Generic code only pipes a value from parse() into the
 * module's own validate/format/toWire, so erasing the value type to unknown is safe here.
 */
function moduleFor<D extends FieldDef>(def: D): FieldTypeModule<D, unknown> {
  return FIELD_TYPES[def.type] as unknown as FieldTypeModule<D, unknown>;
}

/** Parses raw input (API JSON or typed text) and checks every constraint of the field. */
export function checkField(def: FieldDef, raw: unknown, ctx?: ParseContext): ParseResult<unknown> {
  const module = moduleFor(def);
  const parsed = module.parse(raw, def, ctx);
  if (!parsed.ok) return parsed;
  if (parsed.value === null) return def.required ? { ok: false, issue: { code: 'required' } } : parsed;
  const issue = module.validate(parsed.value, def);
  return issue ? { ok: false, issue } : parsed;
}

/** Display text of a raw value; unreadable values are shown as they came rather than hidden. */
export function formatField(def: FieldDef, raw: unknown, ctx: FormatContext): string {
  const module = moduleFor(def);
  const parsed = module.parse(raw, def);
  if (!parsed.ok) return String(raw);
  return parsed.value === null ? '' : module.format(parsed.value, def, ctx);
}

export interface RecordIssue {
  readonly key: string;
  readonly issue: FieldIssue;
}

export type SerializeResult =
  | { readonly ok: true; readonly record: Readonly<Record<string, WireValue>> }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

/** Turns form or import values into the JSON row sent to PostgREST, or lists every bad field. */
export function serializeRecord(
  defs: readonly FieldDef[],
  values: Readonly<Record<string, unknown>>,
  ctx?: ParseContext,
): SerializeResult {
  const record: Record<string, WireValue> = {};
  const issues: RecordIssue[] = [];
  for (const def of defs) {
    const checked = checkField(def, values[def.key], ctx);
    if (checked.ok) record[def.key] = moduleFor(def).toWire(checked.value, def);
    else issues.push({ key: def.key, issue: checked.issue });
  }
  return issues.length === 0 ? { ok: true, record } : { ok: false, issues };
}

/** Initial wire values of a create form. */
export function initialValues(defs: readonly FieldDef[]): Record<string, WireValue> {
  return Object.fromEntries(
    defs.filter((def) => def.initial !== undefined).map((def) => [def.key, def.initial ?? null]),
  );
}

