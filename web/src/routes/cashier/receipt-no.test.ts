import { describe, expect, test } from 'vitest';
import { formatReceiptNo } from './receipt-no';

describe('formatReceiptNo', () => {
  test('zero-pads to eight digits and prints larger counters whole', () => {
    expect(formatReceiptNo(1)).toBe('00000001');
    expect(formatReceiptNo(12345)).toBe('00012345');
    expect(formatReceiptNo(123456789)).toBe('123456789');
  });

  test('refuses what is no receipt number', () => {
    for (const bad of [0, -3, 1.5, Number.NaN]) expect(() => formatReceiptNo(bad)).toThrow(RangeError);
  });
});
