import { describe, expect, it } from 'vitest';
import { barShares } from './chart-geometry';

describe('barShares', () => {
  it('scales to the largest amount, whatever its sign', () => {
    expect(barShares(['50.00', '100.00', '-25.00'])).toEqual([0.5, 1, 0.25]);
    expect(barShares(['0.00', '0.00'])).toEqual([0, 0]);
  });
});
