import { describe, expect, test } from 'vitest';
import { receiptLines, type AllocatedBill } from './receipt-lines';

const bill = (id: string, room_no: string, fee_code: string, period_start: string): AllocatedBill => ({
  id, room_no, fee_code, fee_name_zh: fee_code === 'mgmt' ? '物业管理费' : '水费', fee_name_en: fee_code === 'mgmt' ? 'Management fee' : 'Water',
  period_start, period_end: `${period_start.slice(0, 8)}28`,
});

describe('receiptLines', () => {
  test('each allocation as the bill it paid, in period order; the rest of the payment went to prepaid', () => {
    const bills = [bill('b1', '1-1-101', 'mgmt', '2044-02-01'), bill('b2', '1-1-101', 'water', '2044-01-01'), bill('b3', '1-1-101', 'mgmt', '2044-01-01')];
    const receipt = receiptLines('350.05', [{ bill_id: 'b1', amount: '100.00' }, { bill_id: 'b2', amount: '50.00' }, { bill_id: 'b3', amount: '150.00' }], bills);
    expect(receipt.lines.map((line) => [line.billId, line.feeName['zh-CN'], line.periodStart, line.amount])).toEqual([
      ['b3', '物业管理费', '2044-01-01', '150.00'],
      ['b2', '水费', '2044-01-01', '50.00'],
      ['b1', '物业管理费', '2044-02-01', '100.00'],
    ]);
    expect(receipt.toPrepaid).toBe('50.05');
    expect(receipt.perRoom).toBe(false);
  });

  test('a payment wholly to bills has no prepaid line; lines name rooms only when there are several', () => {
    const receipt = receiptLines('30.00', [{ bill_id: 'b1', amount: '10.00' }, { bill_id: 'b2', amount: '20.00' }],
      [bill('b1', '1-1-101', 'mgmt', '2044-01-01'), bill('b2', '1-1-102', 'mgmt', '2044-01-01')]);
    expect(receipt.toPrepaid).toBeNull();
    expect(receipt.perRoom).toBe(true);
  });

  test('a pure prepayment has no lines', () => {
    expect(receiptLines('80.00', [], [])).toEqual({ lines: [], toPrepaid: '80.00', perRoom: false });
  });

  test('a bill that cannot be read is an error, not a missing line', () => {
    expect(() => receiptLines('10.00', [{ bill_id: 'bx', amount: '10.00' }], [])).toThrow(/bill bx/);
  });
});
