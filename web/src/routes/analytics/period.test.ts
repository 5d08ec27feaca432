import { describe, expect, it } from 'vitest';
import { asOfDate, defaultAsOf, periodName, readView, todayForAsOf, trendKindFor, trendRange, viewOf, viewParams } from './period';

const today = '2026-11-23';

describe('dashboard views', () => {
  it('default to this quarter as of today', () => {
    expect(readView(new URLSearchParams(), today)).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2026-12-31', asOf: 'today' });
  });

  it('read a finished period as of its end unless told otherwise', () => {
    expect(readView(new URLSearchParams('kind=month&period=2026-03-15'), today)).toEqual({ kind: 'month', start: '2026-03-01', end: '2026-03-31', asOf: 'end' });
    expect(readView(new URLSearchParams('kind=year&period=2025-01-01&asOf=today'), today).asOf).toBe('today');
    expect(defaultAsOf({ end: '2026-11-23' }, today)).toBe('today');
    expect(defaultAsOf({ end: '2026-11-22' }, today)).toBe('end');
  });

  it('ignore what they cannot read', () => {
    expect(readView(new URLSearchParams('kind=week&period=2026-13-45&asOf=soon'), today)).toEqual(viewOf('quarter', today, today));
  });

  it('round-trip through the address', () => {
    const view = { kind: 'quarter', start: '2034-01-01', end: '2034-03-31', asOf: 'end' } as const;
    expect(viewParams(view).toString()).toBe('kind=quarter&period=2034-01-01&asOf=end');
    expect(readView(viewParams(view), today)).toEqual(view);
  });

  it('give the RPCs a month end or today', () => {
    const view = viewOf('quarter', '2034-02-10', today);
    expect(view.asOf).toBe('today');
    expect(asOfDate(view, today)).toBe(today);
    expect(asOfDate({ ...view, asOf: 'end' }, today)).toBe('2034-03-31');
  });

  it('take today in Asia/Shanghai, as the RPCs do', () => {
    expect(todayForAsOf(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
  });
});

describe('trends', () => {
  it('end with the view’s period: 12 months or 8 quarters', () => {
    const quarter = viewOf('quarter', '2034-02-10', today);
    expect(trendKindFor('quarter')).toBe('quarter');
    expect(trendRange('quarter', quarter)).toEqual({ from: '2032-04-01', to: '2034-01-01' });
    expect(trendRange('month', quarter)).toEqual({ from: '2033-04-01', to: '2034-03-01' });
    expect(trendKindFor('year')).toBe('quarter');
    expect(trendRange('quarter', viewOf('year', '2034-06-01', today))).toEqual({ from: '2033-01-01', to: '2034-10-01' });
    expect(trendKindFor('month')).toBe('month');
    expect(trendRange('month', viewOf('month', '2034-01-31', today))).toEqual({ from: '2033-02-01', to: '2034-01-01' });
  });

  it('name periods as offices do', () => {
    expect(periodName('month', '2034-01-01')).toBe('2034-01');
    expect(periodName('quarter', '2034-10-01')).toBe('2034-Q4');
    expect(periodName('year', '2034-01-01')).toBe('2034');
  });
});
