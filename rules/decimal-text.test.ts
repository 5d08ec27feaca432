import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from './money.js';
import { differenceText } from './decimal-text.js';

// Non-negative decimal texts as facts carry them, leading and trailing zeros included.
const decimalText = fc.tuple(fc.stringMatching(/^\d{1,14}$/), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));

// Two readings of one meter: the same leading digits, differing in the last few (borrows, equal values, zeros).
const readingPair = fc.tuple(fc.stringMatching(/^\d{1,8}$/), fc.stringMatching(/^\d{0,3}$/), fc.stringMatching(/^\d{0,3}$/), fc.stringMatching(/^\d{0,3}$/))
  .map(([int, a, b, frac]) => [`${int}${a}${frac ? `.${frac}` : ''}`, `${int}${b}`] as const)
  .filter(([a, b]) => a.length - (a.includes('.') ? 1 : 0) >= 1 && b.length >= 1);

function agreesWithDecimal(a: string, b: string): void {
  const exact = new Decimal(a).minus(b);
  expect(differenceText(a, b)).toBe(exact.isNegative() && !exact.isZero() ? null : exact.toString());
}

describe('differenceText', () => {
  it('gives exactly the text Decimal gives for a − b, or null below zero', () => {
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

  it('leaves signed texts to the Decimal path', () => {
    expect(differenceText('-1', '-2')).toBeNull();
    expect(differenceText('5', '-2')).toBeNull();
  });
});
