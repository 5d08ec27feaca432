// The day-number conversions are integer arithmetic of our own: check them against the platform's Date
// over every day of several centuries, and the validation against what a calendar allows.
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromDay, isIsoDate, toDay, wholeMonthsBetween } from './dates.js';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('agree with Date for every day from 1600 to 2400', () => {
    const first = Date.UTC(1600, 0, 1) / DAY_MS;
    const last = Date.UTC(2400, 11, 31) / DAY_MS;
    for (let day = first; day <= last; day++) {
      const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      if (fromDay(day) !== iso) expect(fromDay(day)).toBe(iso);
      if (toDay(iso) !== day) expect(toDay(iso)).toBe(day);
    }
  });

  it('write years before 1000 with four digits', () => {
    expect(fromDay(toDay('0999-12-31') + 1)).toBe('1000-01-01');
    expect(fromDay(toDay('0100-03-01'))).toBe('0100-03-01');
  });

  it('refuse what is not a calendar date', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-01', '2026/04/01', ' 2026-04-01', '0099-01-01', 20260401]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => toDay(bad as string)).toThrow(/not a date/);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe('whole months between two dates', () => {
  // Independent of the implementation: step month by month with Date, clamping the day to the month's length.
  const anniversary = (from: string, n: number): string => {
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    const first = new Date(Date.UTC(y, m - 1 + n, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
  };

  it('count a month complete on the same day, or on the last day of a shorter month', () => {
    expect(wholeMonthsBetween('2026-06-15', '2027-03-31')).toBe(9);
    expect(wholeMonthsBetween('2027-01-31', '2027-02-28')).toBe(1);
    expect(wholeMonthsBetween('2027-01-31', '2027-02-27')).toBe(0);
    expect(wholeMonthsBetween('2028-01-31', '2028-02-29')).toBe(1);
    expect(wholeMonthsBetween('2025-03-31', '2027-03-31')).toBe(24);
    expect(wholeMonthsBetween('2025-04-01', '2027-03-31')).toBe(23);
    expect(wholeMonthsBetween('2027-03-31', '2027-03-31')).toBe(0);
    expect(() => wholeMonthsBetween('2027-04-01', '2027-03-31')).toThrow(/before/);
  });

  it('agree with stepping month by month over many pairs of dates', () => {
    const base = toDay('2024-01-01');
    for (let i = 0; i < 3_000; i++) {
      const from = fromDay(base + ((i * 7_919) % 1_500));
      const to = fromDay(toDay(from) + ((i * 104_729) % 900));
      const n = wholeMonthsBetween(from, to);
      expect(anniversary(from, n) <= to && anniversary(from, n + 1) > to, `${from} → ${to}: ${n}`).toBe(true);
    }
  });
});
