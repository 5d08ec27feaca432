import { describe, expect, test } from 'vitest';
import { daysSpan, localTime, todayIn } from './business-day';

describe('business days in the project’s time zone', () => {
  test('today is the project’s date, not the browser’s or UTC’s', () => {
    const lateUtc = new Date('2026-11-23T17:30:00Z');
    expect(todayIn('Asia/Shanghai', lateUtc)).toBe('2026-11-24');
    expect(todayIn('America/New_York', lateUtc)).toBe('2026-11-23');
  });

  test('a span of days runs from the first day’s midnight to the midnight after the last, there', () => {
    expect(daysSpan('2026-11-17', '2026-11-23', 'Asia/Shanghai')).toEqual({ from: '2026-11-16T16:00:00.000Z', before: '2026-11-23T16:00:00.000Z' });
    // Across a daylight-saving change: the offset of each midnight is its own.
    expect(daysSpan('2026-11-01', '2026-11-01', 'America/New_York')).toEqual({ from: '2026-11-01T04:00:00.000Z', before: '2026-11-02T05:00:00.000Z' });
  });

  test('an event prints in local time', () => {
    expect(localTime('2026-11-23T05:03:30.032171+00:00', 'Asia/Shanghai')).toBe('2026-11-23 13:03');
  });
});
