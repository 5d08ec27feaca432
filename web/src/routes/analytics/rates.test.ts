import { describe, expect, it } from 'vitest';
import type { RateRow } from './rows';
import { companyRow, isBelow, percentText, ranked, rateOf } from './rates';

const row = (name: string, fields: Partial<RateRow>): RateRow => ({
  group_id: name, group_name: name, project_id: name, receivable: '0.00', collected: '0.00', prior_arrears: '0.00',
  arrears_collected: '0.00', current_rate: null, arrears_rate: null, overall_rate: null, households: null,
  households_paid: null, household_rate: null, target: '95.00', ...fields,
});

describe('rates', () => {
  it('read against their targets', () => {
    expect(isBelow('94.99', '95.00')).toBe(true);
    expect(isBelow('95.00', '95.00')).toBe(false);
    expect(isBelow(null, '95.00')).toBe(false);
    expect(percentText('93.45')).toBe('93.45%');
    expect(percentText(null)).toBe('—');
  });

  it('divide exactly, half up to two places, like private.rate', () => {
    expect(rateOf('1', '3')).toBe('33.33');
    expect(rateOf('2', '3')).toBe('66.67');
    expect(rateOf('0.00', '10.00')).toBe('0.00');
    expect(rateOf('1.00', '0.00')).toBeNull();
    expect(rateOf('1.00', '-5.00')).toBeNull();
    // 0.1 + 0.2 of 0.3 is exactly 100 %, not 100.00000000000001.
    expect(rateOf('0.30', '0.30')).toBe('100.00');
  });

  it('rank from the highest current rate, rows without one last', () => {
    const rows = [row('b', { current_rate: '90.00' }), row('n', {}), row('a', { current_rate: '100.00' }), row('c', { current_rate: '90.00' })];
    expect(ranked(rows).map((r) => r.group_name)).toEqual(['a', 'b', 'c', 'n']);
  });
});

describe('the company row', () => {
  it('adds the projects up and recomputes every rate from the sums', () => {
    const company = companyRow([
      row('jxhy', { receivable: '1000.00', collected: '900.00', prior_arrears: '200.00', arrears_collected: '50.00', households: 10, households_paid: 8, target: '95.00' }),
      row('chy', { receivable: '3000.10', collected: '2000.20', prior_arrears: '0.00', arrears_collected: '0.00', households: 30, households_paid: 20, target: '100.00' }),
    ], '锦绣物业');
    expect(company).toEqual({
      group_id: 'company', group_name: '锦绣物业', project_id: null,
      receivable: '4000.10', collected: '2900.20', prior_arrears: '200.00', arrears_collected: '50.00',
      current_rate: '72.50', arrears_rate: '25.00', overall_rate: '70.24',
      households: 40, households_paid: 28, household_rate: '70.00',
      // (1000 × 95 + 3000.10 × 100) ÷ 4000.10
      target: '98.75',
    });
  });

  it('takes the highest target when nothing is receivable, and is nothing without projects', () => {
    expect(companyRow([row('a', { target: '95.00' }), row('b', { target: '100.00' })], 'x')).toMatchObject({ target: '100.00', current_rate: null, household_rate: null });
    expect(companyRow([], 'x')).toBeNull();
  });
});
