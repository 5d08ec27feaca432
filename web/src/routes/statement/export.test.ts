import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { zhCN } from '../../i18n/zh-CN';
import { en } from '../../i18n/en';
import { statementWorkbook, type StatementSheet } from './export';
import { statementTotals, type StatementRow } from './statement';

const ROWS: StatementRow[] = [
  { unit_id: 'u1', building_code: '1', room_no: '1-1-101', owner_name: '王芳', area: '88.50', mgmt_rate: '2.80',
    receivable: '1234.50', arrears_carried: '743.40', late_fee: '6.69', total_due: '1984.59' },
  { unit_id: 'u2', building_code: '1', room_no: '1-1-102', owner_name: null, area: '120.05', mgmt_rate: null,
    receivable: '0.10', arrears_carried: '0.00', late_fee: '0.00', total_due: '0.10' },
  { unit_id: 'u3', building_code: '2', room_no: '2-1-101', owner_name: '李强', area: '64.00', mgmt_rate: '0.545',
    receivable: '104.64', arrears_carried: '0.00', late_fee: '0.00', total_due: '104.64' },
];

function read(sheet: StatementSheet) {
  const book = XLSX.read(statementWorkbook(sheet), { type: 'array', cellNF: true });
  expect(book.SheetNames).toEqual([sheet.sheetName]);
  return book.Sheets[sheet.sheetName]!;
}

const sheetIn = (dict: typeof zhCN, title: string): StatementSheet => ({
  title,
  sheetName: dict.receivable_statement.receivable_statement,
  headers: dict.statement.columns,
  totalLabel: dict.statement.total,
  rows: ROWS,
  totals: statementTotals(ROWS),
});

describe('statementWorkbook', () => {
  test('title, the nine headers in the office order, one row per unit numbered 1..n, the 合计 row', () => {
    const sheet = read(sheetIn(zhCN, '锦绣花园 应收明细表（2036-01-01 至 2036-03-31）'));
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([
      ['锦绣花园 应收明细表（2036-01-01 至 2036-03-31）', null, null, null, null, null, null, null, null],
      ['编号', '房号', '业主姓名', '房屋面积', '管理费标准', '应收金额', '上期欠费', '滞纳金', '本期应收'],
      [1, '1-1-101', '王芳', 88.5, 2.8, 1234.5, 743.4, 6.69, 1984.59],
      [2, '1-1-102', null, 120.05, null, 0.1, 0, 0, 0.1],
      [3, '2-1-101', '李强', 64, 0.545, 104.64, 0, 0, 104.64],
      ['合计', null, null, 272.55, null, 1339.24, 743.4, 6.69, 2089.33],
    ]);
    expect(sheet['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
  });

  test('amounts and totals to the fen as numbers, areas to two decimals, rates with every decimal charged', () => {
    const sheet = read(sheetIn(zhCN, 'title'));
    expect(sheet.A3).toMatchObject({ t: 'n', v: 1, z: '0' });
    expect(sheet.D3).toMatchObject({ t: 'n', z: '#,##0.00', w: '88.50' });
    expect(sheet.E3).toMatchObject({ t: 'n', z: '0.00##', w: '2.80' });
    expect(sheet.E5).toMatchObject({ t: 'n', w: '0.545' });
    expect(sheet.F3).toMatchObject({ t: 'n', z: '#,##0.00', w: '1,234.50' });
    expect(sheet.G4).toMatchObject({ t: 'n', z: '#,##0.00', w: '0.00' });
    expect(sheet.A6).toMatchObject({ t: 's', v: '合计' });
    expect(sheet.I6).toMatchObject({ t: 'n', z: '#,##0.00', w: '2,089.33' });
    expect(sheet.B3).toMatchObject({ t: 's' });
  });

  test('English headers and label when the console speaks English', () => {
    const sheet = read(sheetIn(en, 'Jinxiu Garden receivable statement'));
    const [, headers] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    expect(headers).toEqual(['No.', 'Room', 'Owner', 'Area (m²)', 'Mgmt fee (¥/m²·month)', 'Receivable', 'Prior arrears', 'Late fee', 'Due this period']);
    expect(sheet.A6).toMatchObject({ v: 'Total' });
  });
});
