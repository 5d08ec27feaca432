import { describe, expect, test } from 'vitest';
import { letterOf, type OutboxRow } from './letters';

const row = (stage: string, channel: OutboxRow['channel'] = 'letter'): OutboxRow => ({
  id: 'm-1', channel, recipient: '1栋 1-101', status: 'queued', attempts: 0, last_error: null, sent_at: null,
  payload: {
    stage, on: '2046-04-30', owner: '欠费甲', project: '催缴工作台苑', officePhone: '0512-66668888', address: '1栋 1-101', total: '900.00',
    bills: [{ feeItem: '物业管理费', periodStart: '2046-04-01', periodEnd: '2046-06-30', dueDate: '2046-04-10', balance: '900.00', room: '1-101' }],
  },
});

describe('letterOf', () => {
  test('the title follows the stage: 首次/第二次/最后催款通知单', () => {
    expect(['first', 'second', 'final'].map((stage) => letterOf(row(stage)).title)).toEqual(['首次催款通知单', '第二次催款通知单', '最后催款通知单']);
  });

  test('the channel plugin’s wording, its title line as the heading and its last line as the signature', () => {
    const letter = letterOf(row('final', 'door'));
    expect(letter).toMatchObject({ project: '催缴工作台苑', title: '最后催款通知单', signature: '催缴工作台苑物业服务中心  2046-04-30' });
    expect(letter.lines[0]).toBe('尊敬的欠费甲业主（1栋 1-101）：');
    expect(letter.lines).toContain('  1-101  物业管理费  2046-04-01 至 2046-06-30  应缴 ¥900.00（到期日 2046-04-10）');
    expect(letter.lines.join('\n')).toContain('合计 ¥900.00。请于收到本通知之日起十日内缴清，逾期我司将依法采取进一步措施。咨询电话 0512-66668888。');
    expect(letter.lines).not.toContain('最后催款通知单');
  });
});
