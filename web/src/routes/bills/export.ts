// The grid as an xlsx sheet, as the user sees it: displayed rows in their order, displayed columns with their
// headers, amounts as numbers formatted to the fen (Excel sums them), dates as text 'YYYY-MM-DD' (never shifted
// by a time zone). Pending edits are exported as they show.
import * as XLSX from 'xlsx';

export interface ExportColumn {
  readonly header: string;
  readonly money?: boolean;
  /** The cell's text as the grid shows it (money as a plain decimal string). */
  readonly value: (rowId: string) => string | null;
}

export function billsSheet(rowIds: readonly string[], columns: readonly ExportColumn[], sheetName: string): Uint8Array {
  const rows: Array<Array<string | number | null>> = [columns.map((c) => c.header)];
  for (const id of rowIds) {
    // A decimal string with at most two places becomes the nearest double, exactly what Excel stores when
    // the amount is typed; no arithmetic is done on it here.
    rows.push(columns.map((c) => {
      const text = c.value(id);
      return c.money && text !== null && text !== '' ? Number(text) : text;
    }));
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  columns.forEach((c, col) => {
    if (!c.money) return;
    for (let r = 1; r < rows.length; r++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c: col })] as XLSX.CellObject | undefined;
      if (cell && cell.t === 'n') cell.z = '#,##0.00';
    }
  });
  sheet['!cols'] = columns.map((c) => ({ wch: Math.max(10, c.header.length * 2 + 2) }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
}
