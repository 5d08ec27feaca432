// One-sheet xlsx workbooks as offices open them in Excel or WPS: an optional title row across the columns, the
// header row, then the rows. Numeric columns carry an Excel number format and their decimal strings become
// numbers (Excel sums them); every other cell is text, so dates like '2027-01-10' are never shifted by a time zone.
import * as XLSX from 'xlsx';

export const MONEY_FORMAT = '#,##0.00';

export interface SheetColumn {
  readonly header: string;
  /** Excel number format of a numeric column; absent: a text column. */
  readonly numFmt?: string;
}

export interface SheetSpec {
  readonly name: string;
  /** A title row above the headers, merged across the columns. */
  readonly title?: string;
  readonly columns: readonly SheetColumn[];
  /** Each row's cells as text, in column order; null is an empty cell. */
  readonly rows: Iterable<ReadonlyArray<string | null>>;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function xlsxWorkbook(spec: SheetSpec): Uint8Array {
  const { columns } = spec;
  const top = spec.title === undefined ? 0 : 1;
  const aoa: Array<Array<string | number | null>> = [];
  if (spec.title !== undefined) aoa.push([spec.title]);
  aoa.push(columns.map((c) => c.header));
  for (const row of spec.rows) {
    // A decimal string becomes the nearest double, exactly what Excel stores when the amount is typed; no
    // arithmetic is done on it here. Other text in a numeric column (a 合计 label) stays text.
    aoa.push(columns.map((c, i) => {
      const text = row[i] ?? null;
      return c.numFmt && text !== null && DECIMAL.test(text) ? Number(text) : text;
    }));
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  columns.forEach((c, col) => {
    if (!c.numFmt) return;
    for (let r = top + 1; r < aoa.length; r++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c: col })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = c.numFmt;
    }
  });
  if (top) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: columns.length - 1 } }];
  sheet['!cols'] = columns.map((c) => ({ wch: Math.max(10, c.header.length * 2 + 2) }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, spec.name);
  // SheetJS hands back an ArrayBuffer for type 'array'.
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Hands the workbook to the browser as a download. */
export function downloadXlsx(data: Uint8Array, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([data as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
