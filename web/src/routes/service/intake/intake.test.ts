import { describe, expect, it } from 'vitest';
import type { Category } from '../queries';
import { categoryOptions, createArgs, isFeeDispute, type IntakeValues } from './intake';

const category = (id: string, code: string, parent: string | null, extra: Partial<Category> = {}): Category => ({
  id, code, parent_id: parent, kind: code.startsWith('complaint') ? 'complaint' : 'repair', name_zh: `类${id}`, name_en: `C${id}`,
  department: 'engineering', emergency: false, accept_minutes: 5, dispatch_minutes: 5, complete_minutes: 60, callback_minutes: 1440,
  active: true, sort: 0, row_version: 1, ...extra,
});
const repair = category('r', 'repair', null);
const leak = category('l', 'repair.leak', 'r', { emergency: true });
const off = category('o', 'repair.old', 'r', { active: false });
const complaint = category('c', 'complaint', null);
const fee = category('f', 'complaint.fee', 'c');

describe('categoryOptions', () => {
  it('nests active subcategories under their top category and marks emergencies', () => {
    expect(categoryOptions([repair, leak, off, complaint, fee], 'zh-CN', '⚡')).toEqual([
      { value: 'r', label: '类r', children: [{ value: 'l', label: '类l ⚡' }] },
      { value: 'c', label: '类c', children: [{ value: 'f', label: '类f' }] },
    ]);
    expect(categoryOptions([complaint], 'en', '!')).toEqual([{ value: 'c', label: 'Cc' }]);
  });
});

describe('createArgs', () => {
  const values: IntakeValues = {
    channel: 'phone', ownerId: 'o1', unitId: 'u1', contactName: ' 王先生 ', contactPhone: '', categoryPath: ['c', 'f'],
    location: '', description: ' 多收了物业费 ', preferredTime: '周末', urgency: 'normal', billIds: ['b1', 'b2'],
  };

  it('takes the last category of the path, trims text and sends empty text as null', () => {
    expect(createArgs('p1', values, fee)).toEqual({
      p_project_id: 'p1', p_channel: 'phone', p_category_id: 'f', p_description: '多收了物业费', p_owner_id: 'o1', p_unit_id: 'u1',
      p_contact_name: '王先生', p_contact_phone: null, p_location: null, p_preferred_time: '周末', p_urgency: 'normal', p_bill_ids: ['b1', 'b2'],
    });
  });

  it('links bills to fee complaints only', () => {
    expect(isFeeDispute(fee)).toBe(true);
    expect(isFeeDispute(complaint)).toBe(false);
    expect(createArgs('p1', { ...values, categoryPath: ['r', 'l'] }, leak).p_bill_ids).toEqual([]);
  });
});
