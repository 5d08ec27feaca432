import { describe, expect, test } from 'vitest';
import { sortStatement, statementTotals, type StatementRow } from './statement';

const row = (building_code: string, room_no: string, amounts: Partial<StatementRow> = {}): StatementRow => ({
  unit_id: room_no, building_code, room_no, owner_name: null, area: '0.00', mgmt_rate: null,
  receivable: '0.00', arrears_carried: '0.00', late_fee: '0.00', total_due: '0.00', ...amounts,
});

describe('statement rows', () => {
  test('sort building by building and room by room, numbers as numbers', () => {
    const rows = [row('10', '10-1-101'), row('2', '2-1-1001'), row('2', '2-1-902'), row('2', '2-1-101')];
    expect(sortStatement(rows).map((r) => r.room_no)).toEqual(['2-1-101', '2-1-902', '2-1-1001', '10-1-101']);
  });

  test('totals are exact decimal sums, to the fen', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row('1', `1-1-10${i}`, { area: '0.10', receivable: '0.10', arrears_carried: '0.20', late_fee: '0.01', total_due: '9999999999.31' }));
    expect(statementTotals(rows)).toEqual({ area: '1.00', receivable: '1.00', arrears_carried: '2.00', late_fee: '0.10', total_due: '99999999993.10' });
    expect(statementTotals([])).toEqual({ area: '0.00', receivable: '0.00', arrears_carried: '0.00', late_fee: '0.00', total_due: '0.00' });
  });
});
