// A dashboard table as the office's xlsx: a title row (what, which period, as of when), the headers in the
// console's language, one row per table row. Amounts are numbers shown to the fen, rates numbers shown with a %
// sign (93.45 reads 93.45%), counts whole numbers.
import { MONEY_FORMAT, xlsxWorkbook, type SheetColumn } from '../../components/xlsx-sheet';
import type { TranslationKey } from '../../i18n/dictionary';
import type { CellKind, Column } from './columns';

const FORMATS: Readonly<Record<CellKind, string | undefined>> = {
  index: '0',
  text: undefined,
  money: MONEY_FORMAT,
  rate: '0.00"%"',
  count: '0',
};

export interface TableSheet<R> {
  readonly name: string;
  readonly title: string;
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rows: readonly R[];
}

/** The sheet's columns and rows as text, in column order. */
export function sheetCells<R>(columns: ReadonlyArray<Column<R>>, rows: readonly R[], t: (key: TranslationKey) => string) {
  const header = columns.map((c): SheetColumn => {
    const numFmt = FORMATS[c.kind];
    return numFmt ? { header: t(c.title), numFmt } : { header: t(c.title) };
  });
  return { header, cells: rows.map((row, i) => columns.map((c) => c.cell(row, i))) };
}

export function tableWorkbook<R>(sheet: TableSheet<R>, t: (key: TranslationKey) => string): Uint8Array {
  const { header, cells } = sheetCells(sheet.columns, sheet.rows, t);
  return xlsxWorkbook({ name: sheet.name, title: sheet.title, columns: header, rows: cells });
}
