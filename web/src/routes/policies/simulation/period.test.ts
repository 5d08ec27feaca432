import { describe, expect, it } from 'vitest';
import { periodAfter, periodContaining } from './period';

describe('periods', () => {
  it('finds the month, quarter and year of a day', () => {
    expect(periodContaining('quarter', '2027-02-14')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(periodContaining('quarter', '2028-12-31')).toEqual({ start: '2028-10-01', end: '2028-12-31' });
    expect(periodContaining('month', '2028-02-03')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodContaining('year', '2027-06-30')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('gives the next period, across the year end', () => {
    expect(periodAfter('quarter', '2026-11-15')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(periodAfter('month', '2027-01-31')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(periodAfter('year', '2026-01-01')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });
});
