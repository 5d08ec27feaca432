// The first worksheet of a guarded xlsx as text, the way a person reads it: a header row and data rows
// numbered as Excel numbers them. Values only — a formula or an error value refuses the file with the cell
// named, since the cached result of a formula is whatever the sender's Excel last computed.
import * as XLSX from 'xlsx';
import { ImportRefusal } from './refusal';

export const SHEET_LIMITS = { rows: 100_000, columns: 64 } as const;

export interface SheetRow {
  /** Row number as Excel shows it (1-based). */
  readonly row: number;
  readonly cells: ReadonlyArray<string | null>;
}

export interface TextSheet {
  readonly headerRow: number;
  readonly header: ReadonlyArray<string | null>;
  readonly rows: readonly SheetRow[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell's value as text; dates (numbers with a date format) as YYYY-MM-DD, never shifted by a time zone. */
function cellText(cell: XLSX.CellObject | undefined, address: () => string): string | null {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.f !== undefined) throw new ImportRefusal('formula', { cell: address(), formula: `=${cell.f}` });
  switch (cell.t) {
    case 'e':
      throw new ImportRefusal('errorCell', { cell: address(), value: cell.w ?? String(cell.v) });
    case 'n': {
      const value = cell.v as number;
      if (typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)) {
        const date = XLSX.SSF.parse_date_code(value);
        return `${date.y}-${pad2(date.m)}-${pad2(date.d)}`;
      }
      // The shortest text that reads back as the same double: what the person typed, for any amount with
      // a handful of decimals.
      return String(value);
    }
    case 'z':
      return null;
    default: {
      const text = String(cell.v).trim();
      return text === '' ? null : text;
    }
  }
}

export function readFirstSheet(bytes: Uint8Array): TextSheet {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      sheets: 0,
      // header + the limit + one more row, to tell "exactly the limit" from "more"
      sheetRows: SHEET_LIMITS.rows + 2,
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula: true,
      cellStyles: false,
      bookVBA: false,
    });
  } catch {
    throw new ImportRefusal('unreadable');
  }
  const name = book.SheetNames[0];
  const sheet = name === undefined ? undefined : (book.Sheets[name] as XLSX.DenseSheet | undefined);
  const data = sheet?.['!data'] ?? [];
  const range = XLSX.utils.decode_range((sheet?.['!fullref'] as string | undefined) ?? sheet?.['!ref'] ?? 'A1');
  if (range.e.r + 1 > SHEET_LIMITS.rows + 1 || data.length > SHEET_LIMITS.rows + 1) {
    throw new ImportRefusal('tooManyRows', { max: SHEET_LIMITS.rows });
  }

  let header: Array<string | null> | null = null;
  let headerRow = 0;
  const rows: SheetRow[] = [];
  data.forEach((cellsOfRow, r) => {
    if (!cellsOfRow) return;
    if (cellsOfRow.length > SHEET_LIMITS.columns) {
      const last = cellsOfRow.findLastIndex((c) => c?.v !== undefined && c.v !== null && c.v !== '');
      if (last >= SHEET_LIMITS.columns) throw new ImportRefusal('tooManyColumns', { max: SHEET_LIMITS.columns });
    }
    const width = Math.min(cellsOfRow.length, SHEET_LIMITS.columns);
    const cells: Array<string | null> = [];
    for (let c = 0; c < width; c++) cells.push(cellText(cellsOfRow[c], () => XLSX.utils.encode_cell({ r, c })));
    if (cells.every((v) => v === null)) return;
    if (header === null) {
      header = cells;
      headerRow = r + 1;
    } else {
      rows.push({ row: r + 1, cells });
    }
  });
  if (header === null) throw new ImportRefusal('empty');
  return { headerRow, header, rows };
}
