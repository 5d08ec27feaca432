import type { EnumName } from '../domain/enums';
import type { Locale, LocalizedText } from '../i18n/locales';

/** What went wrong with one field value; translated via the `fieldIssues` dictionary section. */
export const FIELD_ISSUE_CODES = [
  'required',
  'tooLong',
  'pattern',
  'invalidNumber',
  'tooManyDecimals',
  'belowMin',
  'notAboveMin',
  'aboveMax',
  'notInteger',
  'invalidDate',
  'invalidOption',
  'invalidBoolean',
  'invalidReference',
  'tagTooLong',
  'invalidValue',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export interface FieldIssue {
  readonly code: FieldIssueCode;
  readonly params?: Readonly<Record<string, string | number | undefined>>;
}

export type ParseResult<V> =
  | { readonly ok: true; readonly value: V | null }
  | { readonly ok: false; readonly issue: FieldIssue };

/** JSON as PostgREST accepts it. Decimals travel as strings so no digit is lost. */
export type WireValue = string | number | boolean | readonly string[] | null;

/** Optional resolvers for text typed by people (spreadsheet import, grid paste). */
export interface ParseContext {
  /** Maps a label such as "住宅" to its enum value. */
  readonly enumLookup?: (name: EnumName, text: string) => string | undefined;
  /** Maps a human key such as a building code to a row id. */
  readonly referenceLookup?: (resource: string, text: string) => string | undefined;
}

export interface FormatContext {
  readonly locale: Locale;
  readonly enumLabel: (name: EnumName, value: string) => string;
  readonly booleanLabel: (value: boolean) => string;
}

interface FieldBase<T extends string> {
  readonly type: T;
  /** Column name in the table. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly required?: boolean;
  /** Server-side sortable column in list tables. */
  readonly sortable?: boolean;
  /** false hides the column from list tables (still editable in forms). */
  readonly list?: false;
  /** Wire value a create form starts with. */
  readonly initial?: WireValue;
}

/** Types whose values can be filtered on in list pages. */
interface Filterable {
  readonly filter?: boolean;
}

export interface TextFieldDef extends FieldBase<'text'>, Filterable {
  readonly maxLength?: number;
  /** Regular expression the whole value must match, with an example shown on mismatch. */
  readonly pattern?: { readonly regex: RegExp; readonly example: string };
  readonly multiline?: boolean;
}

export interface DecimalFieldDef extends FieldBase<'decimal'> {
  /** Digits after the decimal point the column stores, e.g. 2 for numeric(10,2). */
  readonly scale: number;
  readonly min?: string;
  /** true: value must be strictly greater than `min` (e.g. area > 0). */
  readonly minExclusive?: boolean;
  readonly max?: string;
  readonly display?: 'money';
  /** Unit appended in forms, e.g. "m²". */
  readonly unit?: string;
}

export interface IntegerFieldDef extends FieldBase<'integer'> {
  readonly min?: number;
  readonly max?: number;
}

/** Business day stored as 'YYYY-MM-DD'. */
export type DateFieldDef = FieldBase<'date'>;

export interface EnumFieldDef extends FieldBase<'enum'>, Filterable {
  readonly enum: EnumName;
}

export interface TagsFieldDef extends FieldBase<'tags'>, Filterable {
  /** Well-known tags offered as suggestions and shown by their label; others are kept verbatim. */
  readonly known: EnumName;
  readonly maxTagLength?: number;
}

export interface ReferenceFieldDef extends FieldBase<'reference'>, Filterable {
  readonly reference: {
    readonly resource: string;
    /** Columns of the referenced row shown as its label, joined by a space. */
    readonly labelFields: readonly string[];
  };
}

export interface BooleanFieldDef extends FieldBase<'boolean'>, Filterable {}

export type FieldDef =
  | TextFieldDef
  | DecimalFieldDef
  | IntegerFieldDef
  | DateFieldDef
  | EnumFieldDef
  | TagsFieldDef
  | ReferenceFieldDef
  | BooleanFieldDef;

export type FieldType = FieldDef['type'];
export type FieldDefOf<T extends FieldType> = Extract<FieldDef, { type: T }>;

/**
 * Everything a field type knows without React: turning raw input (API JSON or text a person typed)
 * into a typed value, checking it, showing it and sending it back.
 * Method syntax on purpose: the registry stores modules with their value type erased.
 */
export interface FieldTypeModule<D extends FieldDef, V> {
  parse(raw: unknown, def: D, ctx?: ParseContext): ParseResult<V>;
  /** Constraints beyond syntax; `required` is checked by the caller. */
  validate(value: V, def: D): FieldIssue | null;
  format(value: V, def: D, ctx: FormatContext): string;
  toWire(value: V | null, def: D): WireValue;
}

export const ok = <V>(value: V | null): ParseResult<V> => ({ ok: true, value });
export const fail = <V>(code: FieldIssueCode, params?: FieldIssue['params']): ParseResult<V> =>
  params ? { ok: false, issue: { code, params } } : { ok: false, issue: { code } };

/** Empty input of any kind means "no value". */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}
