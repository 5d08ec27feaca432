// The derived status fact in rule conditions: the base charge fires only for units handed over by the
// period's end.
import type { Fixture } from '../../rules/plugin/types.js';
import type { FeeItemPolicy } from '../../rules/policy/types.js';
import { HANDED_OVER, Q1_2027, rule, unit } from '../shared/fixtures.js';

const HANDED_OVER_ONLY: FeeItemPolicy = {
  code: 'mgmt',
  cycle: 'quarter',
  rules: [rule('base', 100, 'core.charge.areaRate', { ratePerM2Month: '2.80' }, HANDED_OVER)],
};

export const fixtures: Fixture[] = [
  {
    // Handed over in 2026: status.handedOver is true, three whole months at ¥247.80 = ¥743.40.
    name: '已收房（status.handedOver）：计费',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2026-06-01', occupancy: 'vacant' }) },
    feeItem: HANDED_OVER_ONLY,
    expect: { principal: '743.40', total: '743.40' },
  },
  {
    // Handover on 2027-04-05, after Q1 ends: status.handedOver is false, the base rule does not fire.
    name: '本期末尚未收房：规则不触发',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2027-04-05' }) },
    feeItem: HANDED_OVER_ONLY,
    expect: { principal: '0.00', total: '0.00' },
  },
];
