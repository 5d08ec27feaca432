import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { billsSheet } from './export';

describe('billsSheet', () => {
  test('writes the displayed rows and columns: headers, amounts as numbers to the fen, dates as text', () => {
    const data: Record<string, Record<string, string | null>> = {
      b2: { room_no: '1-1-102', principal: '1234.50', due_date: '2027-01-10', owner_name: null },
      b1: { room_no: '1-1-101', principal: '0.10', due_date: '2027-01-10', owner_name: '王芳' },
    };
    const columns = [
      { header: '房号', value: (id: string) => data[id]!.room_no! },
      { header: '业主姓名', value: (id: string) => data[id]!.owner_name! },
      { header: '应收金额', money: true, value: (id: string) => data[id]!.principal! },
      { header: '缴费截止日', value: (id: string) => data[id]!.due_date! },
    ];
    const book = XLSX.read(billsSheet(['b2', 'b1'], columns, '账单'), { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['账单']);
    const sheet = book.Sheets['账单']!;
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([
      ['房号', '业主姓名', '应收金额', '缴费截止日'],
      ['1-1-102', null, 1234.5, '2027-01-10'],
      ['1-1-101', '王芳', 0.1, '2027-01-10'],
    ]);
    expect(sheet.C2).toMatchObject({ t: 'n', z: '#,##0.00', w: '1,234.50' });
    expect(sheet.D2).toMatchObject({ t: 's' });
  });
});
