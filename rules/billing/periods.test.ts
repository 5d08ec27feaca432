import { describe, expect, test } from 'vitest';
import { cyclePeriods } from './periods.js';

describe('cyclePeriods', () => {
  const q1 = { start: '2029-01-01', end: '2029-03-31' };
  test('a quarter bills a monthly item once a month and a quarterly item once', () => {
    expect(cyclePeriods('month', q1)).toEqual([
      { start: '2029-01-01', end: '2029-01-31' }, { start: '2029-02-01', end: '2029-02-28' }, { start: '2029-03-01', end: '2029-03-31' },
    ]);
    expect(cyclePeriods('quarter', q1)).toEqual([q1]);
  });
  test('a year spans its quarters and crosses no year boundary wrongly', () => {
    expect(cyclePeriods('quarter', { start: '2028-01-01', end: '2028-12-31' })?.map((p) => p.end)).toEqual(['2028-03-31', '2028-06-30', '2028-09-30', '2028-12-31']);
    expect(cyclePeriods('month', { start: '2028-12-01', end: '2029-01-31' })?.map((p) => p.end)).toEqual(['2028-12-31', '2029-01-31']);
    expect(cyclePeriods('month', { start: '2028-02-01', end: '2028-02-29' })).toEqual([{ start: '2028-02-01', end: '2028-02-29' }]);
  });
  test('a cycle that does not fit the run is not billed', () => {
    expect(cyclePeriods('quarter', { start: '2029-01-01', end: '2029-01-31' })).toBeNull();
    expect(cyclePeriods('quarter', { start: '2029-02-01', end: '2029-04-30' })).toBeNull();
    expect(cyclePeriods('year', q1)).toBeNull();
    expect(cyclePeriods('month', { start: '2029-01-15', end: '2029-02-14' })).toBeNull();
    expect(cyclePeriods('once', q1)).toBeNull();
  });
});
