// The grid as an xlsx sheet, as the user sees it: displayed rows in their order, displayed columns with their
// headers, amounts as numbers formatted to the fen (Excel sums them), dates as text 'YYYY-MM-DD' (never shifted
// by a time zone). Pending edits are exported as they show.
import { MONEY_FORMAT, xlsxWorkbook } from '../../components/xlsx-sheet';

export interface ExportColumn {
  readonly header: string;
  readonly money?: boolean;
  /** The cell's text as the grid shows it (money as a plain decimal string). */
  readonly value: (rowId: string) => string | null;
}

export function billsSheet(rowIds: readonly string[], columns: readonly ExportColumn[], sheetName: string): Uint8Array {
  return xlsxWorkbook({
    name: sheetName,
    columns: columns.map((c) => (c.money ? { header: c.header, numFmt: MONEY_FORMAT } : { header: c.header })),
    rows: rowIds.map((id) => columns.map((c) => c.value(id))),
  });
}
