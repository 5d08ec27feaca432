// 滞纳金 on the Q2 2027 statement, generated on 2027-03-25 (the 25th of the quarter's last month). The current
// charge is 3 × 247.80 = ¥743.40; the Q1 bill (¥743.40, due 2027-01-10) is unpaid.
// Days overdue on 2027-03-25 without grace: Jan 11–31 (21) + February (28) + Mar 1–25 (25) = 74.
import type { Fixture } from '../../rules/plugin/types.js';
import type { Json } from '../../rules/policy/types.js';
import { mgmt, Q2_2027, unit } from '../shared/fixtures.js';

const Q1_BILL = { billId: 'B-2027Q1-0201', feeItem: 'mgmt', balance: '743.40', dueDate: '2027-01-10' };
const PARKING_BILL = { billId: 'B-2027M01-P017', feeItem: 'parking', balance: '300.00', dueDate: '2027-01-05' };
// Q1 2024 left unpaid: 2024-01-10 → 2027-01-10 is 366 + 365 + 365 = 1096 days, + 74 = 1170 days overdue.
const OLD_BILL = { billId: 'B-2024Q1-0201', feeItem: 'mgmt', balance: '500.00', dueDate: '2024-01-10' };

const lateFee = (params: Record<string, Json>) => mgmt([], { lateFee: { type: 'core.lateFee.daily', params } });
const DAILY = lateFee({ rate: '0.0003', graceDays: 0, capRatio: '1' });

export const fixtures: Fixture[] = [
  {
    // 743.40 × 0.0003 × 74 = 16.50348 → ¥16.50 (the parking bill is another fee item: not counted).
    // Total 743.40 + 16.50 = ¥759.90.
    name: '上季度欠费逾期 74 天，日万分之三',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL, PARKING_BILL] },
    feeItem: DAILY,
    expect: { principal: '743.40', lateFee: '16.50', total: '759.90', explains: ['× 74 天', '2027-01-11 至 2027-03-25'] },
  },
  {
    // 15 grace days: counted from 2027-01-26, 74 − 15 = 59 days: 743.40 × 0.0003 × 59 = 13.15818 → ¥13.16.
    name: '宽限 15 天后起算',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL] },
    feeItem: lateFee({ rate: '0.0003', graceDays: 15, capRatio: '1' }),
    expect: { lateFee: '13.16', total: '756.56', explains: ['× 59 天'] },
  },
  {
    // On 2027-01-20 the Q1 bill is still inside its 15 grace days (free through 2027-01-25): no late fee.
    name: '宽限期内不计滞纳金',
    asOf: '2027-01-20',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL] },
    feeItem: lateFee({ rate: '0.0003', graceDays: 15, capRatio: '1' }),
    expect: { lateFee: '0.00', total: '743.40' },
  },
  {
    // Capped at 30 % of each bill: Q1 2027 → 16.50348 (cap 223.02, not reached); Q1 2024 → 500 × 0.0003 × 1170
    // = 175.50, above its cap 500 × 0.3 = 150.00 → 150.00. Sum 166.50348 → ¥166.50; total 743.40 + 166.50 = ¥909.90.
    name: '滞纳金上限：不超过欠费的 30%',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL, OLD_BILL] },
    feeItem: lateFee({ rate: '0.0003', graceDays: 0, capRatio: '0.3' }),
    expect: { lateFee: '166.50', total: '909.90', explains: ['按上限 ¥150.00'] },
  },
  {
    // Parking arrears count too: due 2027-01-05, 79 days: 300 × 0.0003 × 79 = 7.11; with Q1's 16.50348 the sum
    // is 23.61348 → ¥23.61; total 743.40 + 23.61 = ¥767.01.
    name: '物业费与停车费欠费合并计收滞纳金',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL, PARKING_BILL] },
    feeItem: lateFee({ rate: '0.0003', graceDays: 0, capRatio: '1', feeItems: ['mgmt', 'parking'] }),
    expect: { lateFee: '23.61', total: '767.01' },
  },
  {
    // The owner disputed the Q1 bill from 2027-02-01 until 2027-03-01 (28 days of the 74 do not count):
    // 743.40 × 0.0003 × 46 = 10.25892 → ¥10.26; total 743.40 + 10.26 = ¥753.66.
    name: '收费争议期间暂停计收',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [{ ...Q1_BILL, disputes: [{ from: '2027-02-01', to: '2027-03-01' }] }] },
    feeItem: DAILY,
    expect: { lateFee: '10.26', total: '753.66', explains: ['× 46 天', '其中争议期间 28 天不计'] },
  },
  {
    // The owner keeps an installment plan (分期协议): the ¥16.50 that would accrue is waived.
    name: '分期协议履行中：免收滞纳金',
    asOf: '2027-03-25',
    period: Q2_2027,
    facts: { unit: unit(), arrears: [Q1_BILL], plan: { current: true } },
    feeItem: DAILY,
    expect: { lateFee: '0.00', total: '743.40', explains: ['分期协议履行中，免收滞纳金（应计 ¥16.50348）'] },
  },
];
