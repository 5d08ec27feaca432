// The statement as the office's xlsx: a title row (project, 应收明细表, period), the nine headers in the console's
// language, one row per unit, the 合计 row. Amounts are numbers shown to the fen, areas to two decimals, rates
// with every decimal they were charged at.
import { MONEY_FORMAT, xlsxWorkbook } from '../../components/xlsx-sheet';
import { rowCells, STATEMENT_COLUMNS, totalCells, type ColumnKey, type ColumnKind } from './columns';
import type { StatementRow, StatementTotals } from './statement';

const FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  index: '0',
  text: undefined,
  area: '#,##0.00',
  rate: '0.00##',
  money: MONEY_FORMAT,
};

export interface StatementSheet {
  readonly title: string;
  readonly sheetName: string;
  readonly headers: Readonly<Record<ColumnKey, string>>;
  readonly totalLabel: string;
  readonly rows: readonly StatementRow[];
  readonly totals: StatementTotals;
}

export function statementWorkbook(s: StatementSheet): Uint8Array {
  return xlsxWorkbook({
    name: s.sheetName,
    title: s.title,
    columns: STATEMENT_COLUMNS.map(({ key, kind }) => {
      const numFmt = FORMATS[kind];
      return numFmt ? { header: s.headers[key], numFmt } : { header: s.headers[key] };
    }),
    rows: [...s.rows.map(rowCells), totalCells(s.totals, s.totalLabel)],
  });
}
