// Due dates: owners pay on days 1–10 of the quarter's first month (DESIGN §1).
import type { Fixture } from '../../rules/plugin/types.js';
import { mgmt, Q2_2027, rule, unit } from '../shared/fixtures.js';

export const fixtures: Fixture[] = [
  {
    // Q2 2027 starts in April: the window is April 1–10, due 2027-04-10.
    name: '季度缴费期：首月 1–10 日',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit() },
    feeItem: mgmt([], { due: { type: 'core.due.window', params: { month: 'first-of-period', fromDay: 1, toDay: 10 } } }),
    expect: { principal: '743.40', dueDate: '2027-04-10', explains: ['缴费期 2027 年 4 月 1–10 日，截止 2027-04-10'] },
  },
  {
    // Parking for February 2028, paid on days 25–31 of the month: February 2028 has 29 days, due 2028-02-29.
    // 1 space × ¥150.00 = ¥150.00.
    name: '月末缴费期：2 月按月末截止（闰年 29 日）',
    asOf: '2028-02-01',
    period: { start: '2028-02-01', end: '2028-02-29' },
    facts: { unit: unit(), parking: { spaces: 1 } },
    feeItem: {
      code: 'parking',
      cycle: 'month',
      rules: [rule('parking', 100, 'core.charge.perParkingSpace', { ratePerSpaceMonth: '150.00' })],
      due: { type: 'core.due.window', params: { month: 'last-of-period', fromDay: 25, toDay: 31 } },
    },
    expect: { principal: '150.00', dueDate: '2028-02-29', explains: ['截止 2028-02-29'] },
  },
];
