// The day-number conversions are integer arithmetic of our own: check them against the platform's Date
// over every day of several centuries, and the validation against what a calendar allows.
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromDay, isIsoDate, toDay } from './dates.js';

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
