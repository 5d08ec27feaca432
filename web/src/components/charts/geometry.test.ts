import { describe, expect, it } from 'vitest';
import { barShares, linePath, linePoints, percentAxisMax, percentShare, stackSegments, ticks } from './geometry';

describe('barShares', () => {
  it('scales to the largest amount, whatever its sign', () => {
    expect(barShares(['50.00', '100.00', '-25.00'])).toEqual([0.5, 1, 0.25]);
    expect(barShares(['0.00', '0.00'])).toEqual([0, 0]);
  });
});

describe('percentage axis', () => {
  it('runs to 100 %, or past an overpaid rate to the next ten', () => {
    expect(percentAxisMax(['93.45', null, '100.00'])).toBe(100);
    expect(percentAxisMax(['101.20'])).toBe(110);
    expect(percentAxisMax([])).toBe(100);
  });

  it('places rates on it, clamped, and draws nothing for a missing one', () => {
    expect(percentShare('93.45', 100)).toBeCloseTo(0.9345);
    expect(percentShare('120.00', 100)).toBe(1);
    expect(percentShare('-5.00', 100)).toBe(0);
    expect(percentShare(null, 100)).toBe(0);
    expect(ticks(100, 4)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('stackSegments', () => {
  it('lays segments end to end, the largest row filling the width', () => {
    expect(stackSegments([['100.00', '300.00'], ['50.00', '0.00']])).toEqual([
      [{ offset: 0, share: 0.25 }, { offset: 0.25, share: 0.75 }],
      [{ offset: 0, share: 0.125 }, { offset: 0.125, share: 0 }],
    ]);
  });

  it('adds amounts exactly and ignores overpaid (negative) buckets', () => {
    // 0.1 + 0.2 in floating point is not 0.3: the total here is exact, so the row fills the width exactly.
    expect(stackSegments([['0.10', '0.20', '-5.00'], ['0.30']]).map((row) => row.map((s) => s.share))).toEqual([[1 / 3, 2 / 3, 0], [1]]);
    expect(stackSegments([['0.00']])).toEqual([[{ offset: 0, share: 0 }]]);
  });
});

describe('lines', () => {
  it('place the periods across the width, 0 % at the bottom', () => {
    expect(linePoints(['0.00', '50.00', '100.00'], 200, 100, 100)).toEqual([{ x: 0, y: 100 }, { x: 100, y: 50 }, { x: 200, y: 0 }]);
    expect(linePoints(['40.00'], 300, 100, 100)).toEqual([{ x: 150, y: 60 }]);
  });

  it('draw a path through the points, broken at gaps, with lone points as dots', () => {
    expect(linePath(linePoints(['0.00', '50.00', '100.00'], 200, 100, 100))).toEqual({ path: 'M0 100 L100 50 L200 0', dots: [] });
    expect(linePath(linePoints(['50.00', null, '25.00', '75.00'], 300, 100, 100))).toEqual({ path: 'M200 75 L300 25', dots: [{ x: 0, y: 50 }] });
    expect(linePath([null, null])).toEqual({ path: '', dots: [] });
  });
});
