import { describe, expect, test } from 'vitest';
import { groupNotices, type NoticeLine } from './group-notices';

let next = 0;
function line(over: Partial<NoticeLine>): NoticeLine {
  next += 1;
  return {
    id: `b${next}`, period_start: '2037-01-01', period_end: '2037-03-31', due_date: '2037-01-10',
    receivable: '100.00', late_fee: '0.00', arrears_carried: '0.00', paid: '0.00', balance: '100.00',
    unit_id: 'u1', owner_id: 'o1', room_no: '1-1-101', owner_name: '王芳',
    fee_code: 'mgmt', fee_name_zh: '物业管理费', fee_name_en: 'Management fee', fee_sort: 10,
    ...over,
  };
}
const water = { fee_code: 'water', fee_name_zh: '水费', fee_name_en: 'Water', fee_sort: 30 } as const;

describe('groupNotices', () => {
  test('one notice per owner with all their rooms; a line per room and fee item, summed over the period', () => {
    const notices = groupNotices([
      line({ ...water, period_start: '2037-02-01', period_end: '2037-02-28', receivable: '30.10', balance: '30.10', due_date: '2037-02-10' }),
      line({ ...water, period_start: '2037-01-01', period_end: '2037-01-31', receivable: '20.05', paid: '20.05', balance: '0.00', due_date: '2037-01-05' }),
      line({ unit_id: 'u2', room_no: '1-1-1001', receivable: '300.00', late_fee: '4.50', arrears_carried: '90.00', paid: '100.00', balance: '204.50', due_date: '2037-01-15' }),
      line({ receivable: '0.10', paid: '0.05', balance: '0.05', due_date: '2037-01-20' }),
      line({ unit_id: 'u3', owner_id: 'o2', room_no: '1-1-201', owner_name: '李强' }),
    ]);
    expect(notices.map((n) => [n.ownerName, n.rooms])).toEqual([['王芳', ['1-1-101', '1-1-1001']], ['李强', ['1-1-201']]]);
    const [wang] = notices;
    expect(wang!.items.map((i) => [i.roomNo, i.feeName['zh-CN'], i.periodStart, i.periodEnd, i.receivable, i.paid, i.balance])).toEqual([
      ['1-1-101', '物业管理费', '2037-01-01', '2037-03-31', '0.10', '0.05', '0.05'],
      ['1-1-101', '水费', '2037-01-01', '2037-02-28', '50.15', '20.05', '30.10'],
      ['1-1-1001', '物业管理费', '2037-01-01', '2037-03-31', '300.00', '100.00', '204.50'],
    ]);
    expect(wang!.totals).toEqual({ receivable: '350.25', late_fee: '4.50', arrears_carried: '90.00', paid: '120.10', balance: '234.65' });
    // The earliest due date among open bills: the paid-up water bill due 01-05 no longer counts.
    expect(wang!.dueDate).toBe('2037-01-15');
  });

  test('a fully paid notice has no due date; bills without an owner make a notice per unit', () => {
    const notices = groupNotices([
      line({ paid: '100.00', balance: '0.00' }),
      line({ unit_id: 'u7', owner_id: null, owner_name: null, room_no: '2-1-301' }),
      line({ unit_id: 'u8', owner_id: null, owner_name: null, room_no: '2-1-302' }),
    ]);
    expect(notices.map((n) => [n.key, n.ownerName, n.dueDate])).toEqual([
      ['o1', '王芳', null],
      ['unit:u7', null, '2037-01-10'],
      ['unit:u8', null, '2037-01-10'],
    ]);
    expect(groupNotices([])).toEqual([]);
  });

  test('sums exactly where floats would not', () => {
    const [n] = groupNotices([line({ balance: '0.10' }), line({ balance: '0.20', fee_code: 'x' }), line({ balance: '999999999999.99', fee_code: 'y' })]);
    expect(n!.totals.balance).toBe('1000000000000.29');
  });
});
