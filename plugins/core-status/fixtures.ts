// DESIGN §1: charged from the handover date, half price before renovation, full price from renovation or from
// move-in without renovation, prorated by day. All at 88.50 m² × ¥2.80 = ¥247.80/月 over Q1 2027
// (January 31 days, February 28, March 31).
import type { Fixture } from '../../rules/plugin/types.js';
import { mgmt, Q1_2027, rule, unit } from '../shared/fixtures.js';

const LIFECYCLE = mgmt([
  rule('from-handover', 90, 'core.status.fromHandover'),
  rule('half-before-renovation', 80, 'core.status.halfBeforeRenovation', { factor: '0.5' }),
]);

export const fixtures: Fixture[] = [
  {
    // Handover 2027-01-15: January 15–31 = 17/31 days; no renovation yet, so half price all quarter:
    // 247.80 × 0.5 × (17/31 + 2) = 123.90 × 79/31 = 9788.10/31 = 315.7451… → ¥315.75.
    name: '1 月 15 日收房，未装修：自收房日起半价，按天折算',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2027-01-15' }) },
    feeItem: LIFECYCLE,
    expect: { principal: '315.75', total: '315.75', explains: ['自收房日 2027-01-15 起计费', '17/31', '装修前半价 50%'] },
  },
  {
    // Handover 2027-01-15, renovation from 2027-02-10: half price on Jan 15–31 (17/31) and Feb 1–9 (9/28),
    // full price on Feb 10–28 (19/28) and March (1):
    // 247.80 × (17/62 + 9/56 + 19/28 + 1) = 247.80 × (476 + 279 + 1178 + 1736)/1736 = 247.80 × 3669/1736
    // = 909178.2/1736 = 523.7201… → ¥523.72.
    name: '2 月 10 日开始装修：装修前半价，装修起全价',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2027-01-15', renovationDate: '2027-02-10', occupancy: 'renovating' }) },
    feeItem: LIFECYCLE,
    expect: { principal: '523.72', total: '523.72', explains: ['2027-02-10 开始装修，起按全价', '9/28', '19/28'] },
  },
  {
    // Handover 2027-01-15, moved in without renovation on 2027-03-01: half price Jan 15–31 (17/31) and all of
    // February, full price in March: 247.80 × (17/62 + 31/62 + 62/62) = 247.80 × 110/62 = 439.6451… → ¥439.65.
    name: '3 月 1 日入住（未装修）：入住起全价',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2027-01-15', occupancyDate: '2027-03-01', occupancy: 'occupied' }) },
    feeItem: LIFECYCLE,
    expect: { principal: '439.65', total: '439.65', explains: ['2027-03-01 入住未装修，起按全价'] },
  },
  {
    // Renovated in 2021, long before the quarter: full price, 3 × 247.80 = ¥743.40, and no half-price line.
    name: '早已装修入住：整季全价',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ renovationDate: '2021-03-01', occupancyDate: '2021-09-01', occupancy: 'occupied' }) },
    feeItem: LIFECYCLE,
    expect: { principal: '743.40', total: '743.40' },
  },
  {
    // No handover date: the coverage is empty, nothing is charged.
    name: '未收房：不计费',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: null, occupancy: 'unsold' }) },
    feeItem: LIFECYCLE,
    expect: { principal: '0.00', total: '0.00', explains: ['未收房，不计费'] },
  },
  {
    // Vacant at 70 %: 3 × 247.80 × 0.7 = 743.40 × 0.7 = ¥520.38.
    name: '空置房按七成收取',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ occupancy: 'vacant' }) },
    feeItem: mgmt([rule('vacancy', 80, 'core.status.vacancy', { factor: '0.7' })]),
    expect: { principal: '520.38', total: '520.38', explains: ['空置房按 70% 计收'] },
  },
  {
    // Recorded as renovating without a renovation date: the half-price period could never end.
    name: '装修中却无装修日期：拒绝计费',
    asOf: '2026-12-25',
    period: Q1_2027,
    facts: { unit: unit({ handoverDate: '2027-01-15', occupancy: 'renovating' }) },
    feeItem: LIFECYCLE,
    expect: { error: 'renovating but has no renovation date' },
  },
];
