// Relief and discounts on the management fee of 1-1-201 (¥247.80/月; a whole quarter is ¥743.40).
import type { Fixture } from '../../rules/plugin/types.js';
import { mgmt, Q1_2027, rule, unit } from '../shared/fixtures.js';

const owner = (tags: string[]) => ({ id: 'o-1', name: '王秀英', tags });
const tagged = (tag: string) => ({ all: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: tag }] });

const RELIEF = mgmt([
  rule('senior-relief', 50, 'core.relief.percent', { percent: '10', label: { 'zh-CN': '老年人减免', en: 'Senior relief' } }, tagged('senior')),
  rule('disabled-relief', 50, 'core.relief.fixedAmount', { amount: '50', label: { 'zh-CN': '残疾人减免', en: 'Disability relief' } }, tagged('disabled')),
]);

// At least 12 months prepaid earns 5 %, on at most 12 months.
const PREPAY = mgmt([rule('prepay', 40, 'core.relief.prepayment', { minMonths: 12, maxMonths: 12, percent: '5' })]);

export const fixtures: Fixture[] = [
  {
    // 743.40 × 10 % = ¥74.34 off: 743.40 − 74.34 = ¥669.06.
    name: '老年人减免 10%',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit(), owner: owner(['senior']) },
    feeItem: RELIEF,
    expect: { principal: '743.40', discount: '74.34', total: '669.06', explains: ['老年人减免 10%'] },
  },
  {
    // No tag, no relief.
    name: '无减免标签：全额',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit(), owner: owner([]) },
    feeItem: RELIEF,
    expect: { principal: '743.40', discount: '0.00', total: '743.40' },
  },
  {
    // A senior with a disability: 74.34 + 50.00 = ¥124.34 off: 743.40 − 124.34 = ¥619.06.
    name: '老年人且残疾：两项减免叠加',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit(), owner: owner(['senior', 'disabled']) },
    feeItem: RELIEF,
    expect: { discount: '124.34', total: '619.06', explains: ['残疾人减免 ¥50.00'] },
  },
  {
    // Prepaying 2027 (12 months): 12 × 247.80 = 2973.60; 5 % = ¥148.68 off → ¥2824.92.
    name: '预缴 12 个月优惠 5%',
    asOf: '2026-12-20',
    period: { start: '2027-01-01', end: '2027-12-31' },
    facts: { unit: unit(), prepay: { months: 12 } },
    feeItem: PREPAY,
    expect: { principal: '2973.60', discount: '148.68', total: '2824.92', explains: ['预缴 12 个月优惠 5%'] },
  },
  {
    // Prepaying 18 months (2027-01 … 2028-06): 18 × 247.80 = 4460.40. Only 12 months earn the 5 %:
    // 4460.40 × 5 % × 12/18 = 4460.40 / 30 = ¥148.68 off (the same as twelve months' discount) → ¥4311.72.
    name: '预缴 18 个月：最多按 12 个月优惠',
    asOf: '2026-12-20',
    period: { start: '2027-01-01', end: '2028-06-30' },
    facts: { unit: unit(), prepay: { months: 18 } },
    feeItem: PREPAY,
    expect: { principal: '4460.40', discount: '148.68', total: '4311.72', explains: ['5% × 12/18'] },
  },
  {
    // Six months is below the 12 needed: no discount, 6 × 247.80 = ¥1486.80.
    name: '预缴 6 个月：不足 12 个月无优惠',
    asOf: '2026-12-20',
    period: { start: '2027-01-01', end: '2027-06-30' },
    facts: { unit: unit(), prepay: { months: 6 } },
    feeItem: PREPAY,
    expect: { principal: '1486.80', discount: '0.00', total: '1486.80' },
  },
];
