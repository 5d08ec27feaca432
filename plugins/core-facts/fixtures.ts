// The derived facts in rule conditions: the base charge fires only for units handed over by the period's end
// (status); a relief holds for 2027's first half only, and a charge starts with the first period after the
// handover (period, compared with a constant and with the unit's own date).
import type { Fixture } from '../../rules/plugin/types.js';
import type { FeeItemPolicy } from '../../rules/policy/types.js';
import { HANDED_OVER, Q1_2027, mgmt, rule, unit } from '../shared/fixtures.js';

const HANDED_OVER_ONLY: FeeItemPolicy = {
  code: 'mgmt',
  cycle: 'quarter',
  rules: [rule('base', 100, 'core.charge.areaRate', { ratePerM2Month: '2.80' }, HANDED_OVER)],
};

const FIRST_HALF_2027: FeeItemPolicy = mgmt([rule('promotion', 50, 'core.relief.percent', { percent: '10', label: { 'zh-CN': '2027 上半年优惠', en: 'First half 2027 offer' } }, {
  all: [
    { fact: 'period', path: '$.start', operator: 'greaterThanInclusive', value: '2027-01-01' },
    { fact: 'period', path: '$.end', operator: 'lessThanInclusive', value: '2027-06-30' },
  ],
})]);

const AFTER_HANDOVER: FeeItemPolicy = {
  code: 'mgmt',
  cycle: 'quarter',
  rules: [rule('base', 100, 'core.charge.areaRate', { ratePerM2Month: '2.80' }, {
    all: [{ fact: 'unit', path: '$.handoverDate', operator: 'lessThan', value: { fact: 'period', path: '$.start' } }],
  })],
};

// New owners' relief for their first two years: it stops once 24 whole months have passed by the period's end.
const FIRST_TWO_YEARS: FeeItemPolicy = mgmt([rule('new-owner', 50, 'core.relief.percent', { percent: '10', label: { 'zh-CN': '新业主两年优惠', en: 'New owner relief' } }, {
  all: [{ fact: 'status', path: '$.monthsSinceHandover', operator: 'lessThan', value: 24 }],
})]);

/** A fixture billing Q1 2027, run on 2026-12-25, for one unit. */
const inQ1 = (name: string, unitFact: Fixture['facts']['unit'], feeItem: FeeItemPolicy, expect: Fixture['expect']): Fixture =>
  ({ name, asOf: '2026-12-25', period: Q1_2027, facts: { unit: unitFact }, feeItem, expect });

export const fixtures: Fixture[] = [
  // Handed over in 2026: status.handedOver is true, three whole months at ¥247.80 = ¥743.40.
  inQ1('已收房（status.handedOver）：计费', unit({ handoverDate: '2026-06-01', occupancy: 'vacant' }), HANDED_OVER_ONLY, { principal: '743.40', total: '743.40' }),
  // Handover on 2027-04-05, after Q1 ends: status.handedOver is false, the base rule does not fire.
  inQ1('本期末尚未收房：规则不触发', unit({ handoverDate: '2027-04-05' }), HANDED_OVER_ONLY, { principal: '0.00', total: '0.00' }),
  // Q1 2027 lies in the first half: 10 % of ¥743.40 = ¥74.34 off.
  inQ1('按计费期限定的优惠：2027 上半年内减免', unit(), FIRST_HALF_2027, { principal: '743.40', discount: '74.34', total: '669.06' }),
  {
    name: '按计费期限定的优惠：下半年不减免', asOf: '2027-06-25', period: { start: '2027-07-01', end: '2027-09-30' },
    facts: { unit: unit() }, feeItem: FIRST_HALF_2027, expect: { principal: '743.40', discount: '0.00', total: '743.40' },
  },
  // Handed over before 2027-01-01: unit.handoverDate < period.start, the charge fires.
  inQ1('收房早于本期首日（两项数据比较）：计费', unit({ handoverDate: '2026-12-31' }), AFTER_HANDOVER, { principal: '743.40', total: '743.40' }),
  // Handed over on the period's first day: not before it, so this policy starts with the next period.
  inQ1('本期首日才收房（两项数据比较）：本期不计费', unit({ handoverDate: '2027-01-01' }), AFTER_HANDOVER, { principal: '0.00', total: '0.00' }),
  // 2025-04-01 → 2027-03-31: 23 whole months, still in the first two years.
  inQ1('收房未满 24 个月（status.monthsSinceHandover）：减免', unit({ handoverDate: '2025-04-01' }), FIRST_TWO_YEARS, { principal: '743.40', discount: '74.34', total: '669.06' }),
  // 2025-03-31 → 2027-03-31: 24 whole months, the relief has ended.
  inQ1('收房满 24 个月：不再减免', unit({ handoverDate: '2025-03-31' }), FIRST_TWO_YEARS, { principal: '743.40', discount: '0.00', total: '743.40' }),
];
