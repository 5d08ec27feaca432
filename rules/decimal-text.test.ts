import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from './money.js';
import { differenceKey, packedText } from './decimal-text.js';

// Non-negative decimal texts as facts carry them, leading and trailing zeros included.
const decimalText = fc.tuple(fc.stringMatching(/^\d{1,14}$/), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));

// Two readings of one meter: the same leading digits, differing in the last few (borrows, equal values, zeros).
const readingPair = fc.tuple(fc.stringMatching(/^\d{1,8}$/), fc.stringMatching(/^\d{0,3}$/), fc.stringMatching(/^\d{0,3}$/), fc.stringMatching(/^\d{0,3}$/))
  .map(([int, a, b, frac]) => [`${int}${a}${frac ? `.${frac}` : ''}`, `${int}${b}`] as const)
  .filter(([a, b]) => a.length - (a.includes('.') ? 1 : 0) >= 1 && b.length >= 1);

const differenceText = (a: string, b: string): string | null => {
  const key = differenceKey(a, b);
  return key < 0 ? null : packedText(key);
};

// Packs whatever is not too long to pack: below 2^26 as digits, fewer than 16 decimal places.
const packable = (exact: Decimal): boolean =>
  exact.decimalPlaces() < 16 && exact.times(new Decimal(10).pow(exact.decimalPlaces())).lessThan(2 ** 26);

function agreesWithDecimal(a: string, b: string): void {
  const exact = new Decimal(a).minus(b);
  const below = exact.isNegative() && !exact.isZero();
  expect(differenceText(a, b)).toBe(below || !packable(exact) ? null : exact.toString());
}

describe('differenceKey', () => {
  it('packs exactly the text Decimal gives for a − b, and nothing below zero or too long', () => {
    fc.assert(fc.property(decimalText, decimalText, agreesWithDecimal), { numRuns: 20_000 });
    fc.assert(fc.property(readingPair, ([a, b]) => agreesWithDecimal(a, b)), { numRuns: 20_000 });
  });

  it('works readings out as on paper', () => {
    expect(differenceText('1024.5', '1012')).toBe('12.5');
    expect(differenceText('100', '99.99')).toBe('0.01');
    expect(differenceText('00120.500', '20.5')).toBe('100');
    expect(differenceText('7.25', '7.250')).toBe('0');
    expect(differenceText('0.3', '0.29')).toBe('0.01');
    expect(differenceText('99', '100')).toBeNull();
  });

  it('packs equal differences alike and different ones apart', () => {
    expect(differenceKey('7.50', '2')).toBe(differenceKey('6', '0.5'));
    expect(differenceKey('12.5', '0')).not.toBe(differenceKey('125', '0'));
    expect(differenceKey('1.25', '0')).not.toBe(differenceKey('12.5', '0'));
    fc.assert(fc.property(readingPair, readingPair, ([a, b], [c, d]) => {
      const [x, y] = [differenceKey(a, b), differenceKey(c, d)];
      fc.pre(x >= 0 && y >= 0);
      expect(x === y).toBe(new Decimal(a).minus(b).equals(new Decimal(c).minus(d)));
    }), { numRuns: 5_000 });
  });

  it('leaves signed and too long differences to the Decimal path', () => {
    expect(differenceKey('-1', '-2')).toBe(-1);
    expect(differenceKey('5', '-2')).toBe(-1);
    expect(differenceKey('67108864', '0')).toBe(-1);
    expect(packedText(differenceKey('67108863', '0'))).toBe('67108863');
    expect(differenceKey('0.0000000001', '0')).toBeGreaterThan(0);
  });
});
