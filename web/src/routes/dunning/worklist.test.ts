import { describe, expect, test } from 'vitest';
import { groupByOwner, type TaskRow } from './worklist';

const task = (id: string, over: Partial<TaskRow>): TaskRow => ({
  id, stage: 'first', channel: 'phone', status: 'scheduled', scheduled_on: '2046-04-20', result: null,
  why: { zh: '到期后首次催缴', en: 'First notice after the due date' },
  owner_id: 'o-1', owner_name: '王五', owner_phone: '13900000001', unit_id: 'u-1', room_no: '1-1001', bill_id: `b-${id}`,
  fee_code: 'mgmt', fee_name_zh: '物业管理费', fee_name_en: 'Management fee', period_start: '2046-04-01', period_end: '2046-06-30',
  due_date: '2046-04-10', balance: '900.00', ...over,
});

describe('groupByOwner', () => {
  test('one row per owner: all their bills, rooms in building order, the exact total, every task to close with one call', () => {
    const [owner] = groupByOwner([
      task('1', { room_no: '1-1001', balance: '0.10' }),
      task('2', { room_no: '1-201', unit_id: 'u-2', balance: '0.20', fee_code: 'water', fee_name_zh: '水费', fee_name_en: 'Water' }),
      task('3', { room_no: '1-201', unit_id: 'u-2', balance: '1234.56', stage: 'reminder', scheduled_on: '2046-04-03', why: { zh: '到期前提醒', en: 'Reminder' } }),
    ]);
    expect(owner).toMatchObject({
      key: 'o-1', ownerName: '王五', phone: '13900000001', rooms: ['1-201', '1-1001'], total: '1234.86',
      stages: ['reminder', 'first'], statuses: ['scheduled'], since: '2046-04-03', actionIds: ['1', '2', '3'],
    });
    expect(owner!.bills.map((b) => [b.room, b.feeName.en, b.balance])).toEqual([['1-201', 'Water', '0.20'], ['1-201', 'Management fee', '1234.56'], ['1-1001', 'Management fee', '0.10']]);
    expect(owner!.why).toEqual([{ 'zh-CN': '到期后首次催缴', en: 'First notice after the due date' }, { 'zh-CN': '到期前提醒', en: 'Reminder' }]);
  });

  test('a bill with tasks on two channels counts once', () => {
    const [owner] = groupByOwner([task('1', { bill_id: 'b-1' }), task('2', { bill_id: 'b-1', channel: 'sms' })]);
    expect(owner).toMatchObject({ total: '900.00', actionIds: ['1', '2'] });
    expect(owner!.bills).toHaveLength(1);
  });

  test('owners who waited longest first, then by room; bills without an owner are grouped by unit', () => {
    const groups = groupByOwner([
      task('1', { owner_id: 'o-b', owner_name: '乙', room_no: '2-101', scheduled_on: '2046-04-20' }),
      task('2', { owner_id: 'o-a', owner_name: '甲', room_no: '3-101', scheduled_on: '2046-04-10' }),
      task('3', { owner_id: 'o-c', owner_name: '丙', room_no: '1-101', scheduled_on: '2046-04-20' }),
      task('4', { owner_id: null, owner_name: null, owner_phone: null, unit_id: 'u-9', room_no: '9-901', scheduled_on: '2046-04-20' }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['o-a', 'o-c', 'o-b', 'unit:u-9']);
    expect(groups[3]).toMatchObject({ ownerId: null, phone: null });
  });
});
