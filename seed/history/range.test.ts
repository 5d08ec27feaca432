// The months a history covers: ends before the quarter of "today", starts whole quarters back, rejects nonsense.
import { describe, expect, test } from 'vitest';
import { historyRange, MAX_HISTORY_MONTHS, monthsOf } from './range.js';

describe('historyRange', () => {
  test('24 months before the quarter of the seed date leave Q4 2026 free', () => {
    expect(historyRange(24, '2026-11-15')).toEqual({ fromMonth: '2024-10-01', toMonth: '2026-09-01' });
    expect(historyRange(24, '2026-10-01')).toEqual({ fromMonth: '2024-10-01', toMonth: '2026-09-01' });
    expect(historyRange(24, '2026-09-30')).toEqual({ fromMonth: '2024-07-01', toMonth: '2026-06-01' });
  });

  test('crosses year boundaries, and one month is the last month of the previous quarter', () => {
    expect(historyRange(1, '2026-02-03')).toEqual({ fromMonth: '2025-12-01', toMonth: '2025-12-01' });
    expect(historyRange(14, '2026-01-01')).toEqual({ fromMonth: '2024-11-01', toMonth: '2025-12-01' });
  });

  test('rejects counts outside 1 … 120 and dates that are not dates', () => {
    for (const bad of [0, -3, 1.5, MAX_HISTORY_MONTHS + 1]) expect(() => historyRange(bad, '2026-11-15')).toThrow(/history months/);
    expect(() => historyRange(24, '2026-02-30')).toThrow(/calendar date/);
  });
});

describe('monthsOf', () => {
  test('lists every month from the first to the last, both included', () => {
    const months = monthsOf(historyRange(24, '2026-11-15'));
    expect(months).toHaveLength(24);
    expect(months.slice(0, 4)).toEqual(['2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01']);
    expect(months.at(-1)).toBe('2026-09-01');
  });

  test('wants first days, forward, at most ten years', () => {
    expect(() => monthsOf({ fromMonth: '2025-01-15', toMonth: '2025-03-01' })).toThrow(/first day of a month/);
    expect(() => monthsOf({ fromMonth: '2025-03-01', toMonth: '2025-01-01' })).toThrow(/runs forward/);
    expect(() => monthsOf({ fromMonth: '2015-01-01', toMonth: '2025-01-01' })).toThrow(/at most 120 months/);
    expect(monthsOf({ fromMonth: '2025-01-01', toMonth: '2025-01-01' })).toEqual(['2025-01-01']);
  });
});
