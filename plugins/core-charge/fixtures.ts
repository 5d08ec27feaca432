// Charges an office recognises, with the arithmetic done by hand.
import type { Fixture } from '../../rules/plugin/types.js';
import type { Json } from '../../rules/policy/types.js';
import { mgmt, Q1_2027, rule, unit } from '../shared/fixtures.js';

const WATER_TIERS: Json = [{ upTo: '20', price: '3.50' }, { upTo: '30', price: '4.55' }, { price: '7.00' }];

export const fixtures: Fixture[] = [
  {
    // 88.50 m² × ¥2.80 = ¥247.80/月; handed over in 2020, so Q1 2027 is three whole months: 3 × 247.80 = ¥743.40.
    name: '住宅物业费：建筑面积 × 单价，整季度',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit() },
    feeItem: mgmt(),
    expect: { principal: '743.40', discount: '0.00', lateFee: '0.00', total: '743.40', explains: ['88.50 m² × ¥2.80/m²·月'] },
  },
  {
    // 2 spaces × ¥150.00 = ¥300.00 for February 2027 (a whole month).
    name: '停车费：2 个车位 × ¥150/月',
    asOf: '2027-01-25',
    period: { start: '2027-02-01', end: '2027-02-28' },
    facts: { unit: unit(), parking: { spaces: 2, kinds: ['owned', 'rented'] } },
    feeItem: { code: 'parking', cycle: 'month', rules: [rule('parking', 100, 'core.charge.perParkingSpace', { ratePerSpaceMonth: '150' })] },
    expect: { principal: '300.00', total: '300.00', explains: ['2 个车位 × ¥150.00/个·月'] },
  },
  {
    // ¥15.00/月 from the handover on 2027-03-10: March 10–31 = 22 of 31 days, 15 × 22/31 = 10.6451… → ¥10.65.
    name: '垃圾清运费：每户定额，收房当月按天折算',
    asOf: '2027-02-25',
    period: { start: '2027-03-01', end: '2027-03-31' },
    facts: { unit: unit({ handoverDate: '2027-03-10' }) },
    feeItem: {
      code: 'garbage',
      cycle: 'month',
      rules: [rule('fixed', 100, 'core.charge.fixed', { amountPerMonth: '15' }), rule('from-handover', 90, 'core.status.fromHandover')],
    },
    expect: { principal: '10.65', total: '10.65', explains: ['每户 ¥15.00/月', '22/31'] },
  },
  {
    // Usage 1235.5 − 1200.0 = 35.5 t: 20 × 3.50 = 70.00, 10 × 4.55 = 45.50, 5.5 × 7.00 = 38.50 → ¥154.00.
    name: '水费：三级阶梯',
    asOf: '2027-02-01',
    period: { start: '2027-01-01', end: '2027-01-31' },
    facts: { unit: unit(), meters: { water: { previous: '1200.0', current: '1235.5' } } },
    feeItem: { code: 'water', cycle: 'month', rules: [rule('water', 100, 'core.charge.metered', { meter: 'water', tiers: WATER_TIERS })] },
    expect: { principal: '154.00', total: '154.00', explains: ['20 × ¥3.50 + 10 × ¥4.55 + 5.5 × ¥7.00'] },
  },
  {
    // A shop's CT meter, multiplier 40: (815.80 − 812.25) × 40 = 142 kWh, all in the first tier:
    // 142 × 0.5283 = 75.0186 → ¥75.02.
    name: '商铺电费：互感器倍率 40',
    asOf: '2027-02-01',
    period: { start: '2027-01-01', end: '2027-01-31' },
    facts: { unit: unit({ roomNo: 'S-105', usage: 'commercial', area: '56.20' }), meters: { electricity: { previous: '812.25', current: '815.80', multiplier: '40' } } },
    feeItem: {
      code: 'electricity',
      cycle: 'month',
      rules: [rule('power', 100, 'core.charge.metered', { meter: 'electricity', tiers: [{ upTo: '260', price: '0.5283' }, { upTo: '600', price: '0.5783' }, { price: '0.8283' }] }, { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'commercial' }] })],
    },
    expect: { principal: '75.02', total: '75.02', explains: ['(815.80 − 812.25) × 40 = 142'] },
  },
  {
    // A misread meter: the current reading is below the previous one, so nothing can be billed.
    name: '水表读数倒退：拒绝计费',
    asOf: '2027-02-01',
    period: { start: '2027-01-01', end: '2027-01-31' },
    facts: { unit: unit(), meters: { water: { previous: '1235.5', current: '1200.0' } } },
    feeItem: { code: 'water', cycle: 'month', rules: [rule('water', 100, 'core.charge.metered', { meter: 'water', tiers: WATER_TIERS })] },
    expect: { error: 'current reading 1200.0 is below the previous reading 1235.5' },
  },
  {
    // Charged once, whatever the period's length: ¥300.00.
    name: '装修管理费：一次性收取',
    asOf: '2027-02-10',
    period: { start: '2027-02-10', end: '2027-02-10' },
    facts: { unit: unit({ occupancy: 'renovating', renovationDate: '2027-02-10' }) },
    feeItem: {
      code: 'reno_mgmt',
      cycle: 'once',
      rules: [rule('reno', 100, 'core.charge.oneOff', { amount: '300', label: { 'zh-CN': '装修管理费', en: 'Renovation management fee' } })],
    },
    expect: { principal: '300.00', total: '300.00', explains: ['装修管理费（一次性）'] },
  },
];
