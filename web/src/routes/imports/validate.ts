// Turns a text sheet into the rows an import sends, or says what is wrong with each row and field. Headers
// are matched by the column's Chinese or English label (or a usual alias), ignoring a required-mark "*",
// spaces, full-width forms and case; columns the kind does not know are listed and ignored.
import { ENUMS, type EnumName } from '../../domain/enums';
import { serializeRecord } from '../../fields';
import { toHalfWidth } from '../../fields/normalize';
import type { ParseContext } from '../../fields/types';
import { DICTIONARIES } from '../../i18n/dictionary';
import type { ImportColumn, ImportKind, ImportRow, RowIssue } from './kinds/types';
import { ImportRefusal } from './sheet/refusal';
import type { TextSheet } from './sheet/read-sheet';

export interface ValidatedSheet {
  /** Rows without any issue, ready for the server. */
  readonly rows: readonly ImportRow[];
  readonly issues: readonly RowIssue[];
  /** Data rows read (with or without issues). */
  readonly total: number;
  readonly ignoredColumns: readonly string[];
}

const normalizeHeader = (text: string) => toHalfWidth(text).replace(/[\s*＊:：]/g, '').toLowerCase();

function headerNames(column: ImportColumn): string[] {
  return [column.field.label['zh-CN'], column.field.label.en, ...(column.aliases ?? [])].map(normalizeHeader);
}

/** Which sheet column each import column is read from. */
function mapColumns(kind: ImportKind, header: ReadonlyArray<string | null>): { indexes: Map<string, number>; ignored: string[] } {
  const indexes = new Map<string, number>();
  const ignored: string[] = [];
  header.forEach((text, index) => {
    if (text === null) return;
    const name = normalizeHeader(text);
    const column = kind.columns.find((c) => headerNames(c).includes(name));
    if (!column) {
      ignored.push(text);
      return;
    }
    if (indexes.has(column.wire)) throw new ImportRefusal('duplicateColumn', { column: text });
    indexes.set(column.wire, index);
  });
  const missing = kind.columns.filter((c) => c.field.required && !indexes.has(c.wire));
  if (missing.length > 0) throw new ImportRefusal('missingColumns', { columns: missing.map((c) => c.field.label['zh-CN']).join('、') });
  return { indexes, ignored };
}

/** Enum labels in either language (and the stored values themselves) → value. */
function enumLookup(): NonNullable<ParseContext['enumLookup']> {
  const tables = new Map<EnumName, Map<string, string>>();
  for (const name of Object.keys(ENUMS) as EnumName[]) {
    const table = new Map<string, string>();
    for (const dictionary of Object.values(DICTIONARIES)) {
      const labels: Readonly<Record<string, string>> = dictionary.enums[name];
      for (const [value, label] of Object.entries(labels)) table.set(normalizeHeader(label), value);
    }
    tables.set(name, table);
  }
  return (name, text) => tables.get(name)?.get(normalizeHeader(text));
}

export function validateSheet(kind: ImportKind, sheet: TextSheet, onProgress?: (done: number) => void): ValidatedSheet {
  const { indexes, ignored } = mapColumns(kind, sheet.header);
  const ctx: ParseContext = { enumLookup: enumLookup() };
  const defs = kind.columns.map((c) => ({ ...c.field, key: c.wire }));
  const rows: ImportRow[] = [];
  const issues: RowIssue[] = [];
  const firstRowOfKey = new Map<string, number>();

  sheet.rows.forEach(({ row, cells }, i) => {
    const values: Record<string, string | null> = {};
    for (const [wire, index] of indexes) values[wire] = cells[index] ?? null;
    const serialized = serializeRecord(defs, values, ctx);
    if (!serialized.ok) {
      for (const { key, issue } of serialized.issues) issues.push({ row, column: key, issue });
    } else {
      const record = { ...serialized.record, row } as ImportRow;
      const crossField = kind.checkRow?.(record) ?? [];
      const key = kind.key.map((k) => String(record[k] ?? '')).join('\u0000');
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        issues.push({ row, column: kind.key[0]!, issue: { code: 'duplicateInFile', params: { first } } });
      } else {
        firstRowOfKey.set(key, row);
      }
      if (crossField.length > 0) issues.push(...crossField);
      else if (first === undefined) rows.push(record);
    }
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  });
  onProgress?.(sheet.rows.length);
  return { rows, issues, total: sheet.rows.length, ignoredColumns: ignored };
}

/** A column of a kind by its wire key, for naming it in messages. */
export function columnOf(kind: ImportKind, wire: string): ImportColumn | undefined {
  return kind.columns.find((c) => c.wire === wire);
}
