import { describe, expect, it } from 'vitest';
import type { DunningMessage, NoticeMessage } from '../../rules/plugin/types.js';
import { notice, smsText } from './wording.js';

const message = (stage: string, officePhone: string | null = '0571-88886666'): DunningMessage => ({
  stage, on: '2027-04-20', owner: '张三', project: '锦绣花园', officePhone, address: '1栋 1-101、1栋 1-102', total: '1200.00',
  bills: [
    { feeItem: '物业管理费', periodStart: '2027-04-01', periodEnd: '2027-06-30', dueDate: '2027-04-10', balance: '900.00', room: '1-101' },
    { feeItem: '停车费', periodStart: '2027-04-01', periodEnd: '2027-04-30', dueDate: '2027-04-12', balance: '300.00', room: '1-102' },
  ],
});

describe('core.channels wording', () => {
  it('says in one SMS whose rooms owe what, since when, and whom to call', () => {
    expect(smsText(message('first'))).toBe('【锦绣花园】张三您好：您名下1-101、1-102的物业管理费、停车费共¥1200.00已超过缴费期限（2027-04-10），请尽快缴纳，已缴请忽略。咨询电话 0571-88886666。');
    expect(smsText(message('reminder', null))).toContain('将于2027-04-10到期，请尽快缴纳，已缴请忽略。详询物业管理处。');
  });

  it('titles written notices by stage and lists every bill', () => {
    expect(['first', 'second', 'final', 'legal', 'visit'].map((s) => notice(message(s)).subject))
      .toEqual(['首次催款通知单', '第二次催款通知单', '最后催款通知单', '法律程序告知书', '催款通知单']);
    const body = notice(message('final')).body;
    expect(body.split('\n')).toEqual([
      '最后催款通知单',
      '尊敬的张三业主（1栋 1-101、1栋 1-102）：',
      '截至 2027-04-20，您有以下费用尚未缴纳：',
      '  1-101  物业管理费  2027-04-01 至 2027-06-30  应缴 ¥900.00（到期日 2027-04-10）',
      '  1-102  停车费  2027-04-01 至 2027-04-30  应缴 ¥300.00（到期日 2027-04-12）',
      '合计 ¥1200.00。请于收到本通知之日起十日内缴清，逾期我司将依法采取进一步措施。咨询电话 0571-88886666。',
      '锦绣花园物业服务中心  2027-04-20',
    ]);
  });

  it('words an owner notice as the office wrote it, by SMS and on paper', () => {
    const n: NoticeMessage = { kind: 'notice', title: '停水通知', body: '4月22日9:00–15:00 2栋检修水泵，届时停水。', project: '锦绣花园', owner: '张三', officePhone: '0571-88886666', on: '2027-04-20' };
    expect(smsText(n)).toBe('【锦绣花园】张三您好：停水通知：4月22日9:00–15:00 2栋检修水泵，届时停水。咨询电话 0571-88886666。');
    expect(notice(n)).toEqual({ subject: '停水通知', body: '停水通知\n尊敬的张三业主：\n4月22日9:00–15:00 2栋检修水泵，届时停水。\n咨询电话 0571-88886666。\n锦绣花园物业服务中心  2027-04-20' });
  });
});
