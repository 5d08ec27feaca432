import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/dictionary';
import { refusalOf, refusalText, type RefusalContext } from './decision-errors';
import type { AdjustmentRow } from './queries';

const row = { id: 'adj-1', room_no: '3-2-1502', fee_code: 'mgmt', period_start: '2038-01-01', period_end: '2038-01-31' } as AdjustmentRow;
const context = (locale: 'zh-CN' | 'en'): RefusalContext => ({
  locale,
  t: (key, params) => translate(locale, key, params),
  text: (value) => value[locale],
  feeItemLabel: (code) => (code === 'mgmt' ? '物业管理费' : code),
  rowOf: (id) => (id === row.id ? row : undefined),
});
const stale = (adjustment: string) => ({
  code: 'PT409',
  message: 'bill b-1: discount is 25.00 now, not 15.00 as when adjustment adj-1 was proposed; propose it again',
  details: JSON.stringify({ adjustment, bill: 'b-1', field: 'discount', current: '25.00', proposedAgainst: '15.00' }),
});

describe('refused decisions', () => {
  it('name a stale proposal’s bill by room, fee item and period, with both values as money', () => {
    expect(refusalText(refusalOf(stale('adj-1')), context('zh-CN')))
      .toBe('账单 3-2-1502（物业管理费，2038-01-01 至 2038-01-31）的减免现为 ¥25.00，不再是申请时的 ¥15.00：此调整已过期，不能批准。请在账单中重新提出调整。');
    expect(refusalText(refusalOf(stale('adj-1')), context('en'))).toContain('Bill 3-2-1502 (物业管理费, 2038-01-01 to 2038-01-31): Discount is ¥25.00 now, not ¥15.00');
  });

  it('fall back to the bill id when the adjustment is not among the rows', () => {
    expect(refusalText(refusalOf(stale('adj-9')), context('en'))).toContain('Bill b-1: Discount is ¥25.00 now');
  });

  it('tell a selection someone decided meanwhile from a refused role and anything else', () => {
    expect(refusalOf({ code: '22023', message: 'adjustment adj-1 is approved already' })).toEqual({ kind: 'decided' });
    expect(refusalText(refusalOf({ code: '42501', message: 'adjustment adj-1 does not exist or your role may not decide it' }), context('zh-CN')))
      .toBe('您当前的角色无权执行此操作');
    expect(refusalOf({ code: 'PT409', message: 'x', details: 'not json' })).toMatchObject({ kind: 'other' });
  });
});
