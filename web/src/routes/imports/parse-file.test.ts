// The client-side check of uploaded files: hostile files are refused with the reason (and, where it helps,
// the cell) before any row is used; honest files get per-row, per-field issues.
import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { SHEET_CLOSE, SHEET_OPEN, xlsxWithSheet } from '../../../../tests/support/zip';
import { IMPORT_KINDS } from './kinds';
import type { ImportKindId } from './kinds/types';
import { parseImportFile } from './parse-file';
import { ImportRefusal } from './sheet/refusal';
import { importTemplate } from './template';

const xlsx = (rows: unknown[][], patch?: (sheet: XLSX.WorkSheet) => void) => {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  patch?.(sheet);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'data');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

async function refusal(bytes: Uint8Array, kind: ImportKindId = 'meter_readings'): Promise<ImportRefusal> {
  const error = await parseImportFile(kind, bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportRefusal);
  return error as ImportRefusal;
}

const cellRow = (r: number, inner: string) => `<row r="${r}">${inner}</row>`;
const HEADER_ROW = cellRow(1, ['房号', '表类型', '抄表日期', '本次读数'].map((h, c) => `<c r="${'ABCD'[c]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join(''));

describe('hostile files are refused before any row is used', () => {
  test('text, a legacy or password-protected workbook, a zip that is no workbook', async () => {
    expect((await refusal(new TextEncoder().encode('房号,读数\n1-1-101,5\n'))).code).toBe('notXlsx');
    expect((await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).code).toBe('encrypted');
    const truncated = xlsx([['房号']]).subarray(0, 200);
    expect((await refusal(truncated)).code).toBe('notXlsx');
  });

  test('a zip bomb — also one whose header claims a small size — is stopped after its cap', async () => {
    const zeros = new Uint8Array(48 * 1024 * 1024).fill(0x20);
    expect((await refusal(xlsxWithSheet(zeros))).code).toBe('bomb');
    expect((await refusal(xlsxWithSheet(zeros, { declaredSheetSize: 1000 }))).code).toBe('bomb');
  });

  test('a DTD (entity expansion) never reaches the parser', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>${SHEET_OPEN.replace(/^<\?xml[^>]*>/, '')}${HEADER_ROW}${SHEET_CLOSE}`;
    expect(await refusal(xlsxWithSheet(laughs))).toMatchObject({ code: 'dtd', params: { entry: 'xl/worksheets/sheet1.xml' } });
  });

  test('a million rows', async () => {
    const parts = [SHEET_OPEN, HEADER_ROW];
    for (let r = 2; r <= 1_000_001; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    parts.push(SHEET_CLOSE);
    expect(await refusal(xlsxWithSheet(parts.join('')))).toMatchObject({ code: 'tooManyRows', params: { max: 100_000 } });
  }, 60_000);

  test('formulas and error values, with the cell named', async () => {
    const formula = `${SHEET_OPEN}${HEADER_ROW}${cellRow(2, '<c r="A2" t="inlineStr"><is><t>1-1-101</t></is></c><c r="D2"><f>HYPERLINK("http://evil","x")+1</f><v>1</v></c>')}${SHEET_CLOSE}`;
    expect(await refusal(xlsxWithSheet(formula))).toMatchObject({ code: 'formula', params: { cell: 'D2' } });
    const errorValue = `${SHEET_OPEN}${HEADER_ROW}${cellRow(2, '<c r="D2" t="e"><v>#N/A</v></c>')}${SHEET_CLOSE}`;
    expect(await refusal(xlsxWithSheet(errorValue))).toMatchObject({ code: 'errorCell', params: { cell: 'D2' } });
  });

  test('a sheet without the required columns, or with one twice', async () => {
    expect(await refusal(xlsx([['房号', '读数'], ['1-1-101', 5]]))).toMatchObject({ code: 'missingColumns', params: { columns: '表类型、抄表日期' } });
    expect(await refusal(xlsx([['房号', '表类型', '抄表日期', '读数', '本次读数']]))).toMatchObject({ code: 'duplicateColumn', params: { column: '本次读数' } });
    expect((await refusal(xlsx([]))).code).toBe('empty');
  });
});

describe('honest files', () => {
  test('every template parses back to its own columns', async () => {
    for (const kind of Object.values(IMPORT_KINDS)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const result = await parseImportFile(kind.id, new Uint8Array(importTemplate(kind, locale)));
        expect(result).toEqual({ rows: [], issues: [], total: 0, ignoredColumns: [] });
      }
    }
  });

  test('text columns of a template keep what is typed: room 0101 stays 0101', async () => {
    const book = XLSX.read(importTemplate(IMPORT_KINDS.meter_readings, 'zh-CN'), { type: 'array', cellNF: true });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    // What Excel stores when 0101 is typed into a text-formatted cell.
    expect((sheet['A2'] as XLSX.CellObject).z).toBe('@');
    Object.assign(sheet, { A2: { t: 's', v: '0101', z: '@' }, B2: { t: 's', v: '水表' }, D2: { t: 's', v: '2026-03-25' }, E2: { t: 'n', v: 5 } });
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect((await parseImportFile('meter_readings', bytes)).rows).toEqual([{ row: 2, room_no: '0101', kind: 'water', serial: null, read_on: '2026-03-25', reading: '5.000' }]);
  });

  test('wrong types are issues of their row and field; good rows come out as wire values', async () => {
    const bytes = xlsx([
      ['房号*', '表类型*', '抄表日期*', '本次读数*', '备注'],
      ['1-1-101', '水表', 45658, 123.4, 'ok'],
      ['1-1-102', '煤气', '2026-02-30', 'abc', ''],
      [],
      ['１－１－１０３', 'electricity', '2026年3月5日', '1,234.5678', ''],
      ['1-1-101', 'Water', '2025/1/1', '7', ''],
    ], (sheet) => {
      (sheet['C2'] as XLSX.CellObject).z = 'yyyy-mm-dd';
    });
    const result = await parseImportFile('meter_readings', bytes);
    expect(result.total).toBe(4);
    expect(result.ignoredColumns).toEqual(['备注']);
    expect(result.rows).toEqual([{ row: 2, room_no: '1-1-101', kind: 'water', serial: null, read_on: '2025-01-01', reading: '123.400' }]);
    expect(result.issues).toEqual([
      { row: 3, column: 'kind', issue: { code: 'invalidOption' } },
      { row: 3, column: 'read_on', issue: { code: 'invalidDate' } },
      { row: 3, column: 'reading', issue: { code: 'invalidNumber' } },
      { row: 5, column: 'reading', issue: { code: 'tooManyDecimals', params: { scale: 3 } } },
      { row: 6, column: 'room_no', issue: { code: 'duplicateInFile', params: { first: 2 } } },
    ]);
  });

  test('an adjustment’s new value is checked as the adjusted bill field is', async () => {
    const bytes = xlsx([
      ['房号', '收费项目', '计费期', '调整项目', '调整后金额/日期', '调整原因'],
      ['1-1-101', 'mgmt', '2026-01-01', '减免', '12.345', '多收'],
      ['1-1-101', 'mgmt', '2026-01-01', '缴费截止日', '下周', '延期'],
      ['1-1-101', 'mgmt', '2026-01-01', '滞纳金', '0', '免除'],
    ]);
    const result = await parseImportFile('bill_adjustments', bytes);
    expect(result.issues).toEqual([
      { row: 2, column: 'new_value', issue: { code: 'tooManyDecimals', params: { scale: 2 } } },
      { row: 3, column: 'new_value', issue: { code: 'invalidDate' } },
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([4]);
  });
});
