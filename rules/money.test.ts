import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDecimalText } from './money.js';

// The rule as written in the schema's words: what numeric(24,10) and below hold.
const DECIMAL_TEXT = /^-?\d{1,14}(\.\d{1,10})?$/;

describe('isDecimalText', () => {
  it('accepts exactly what the pattern accepts', () => {
    const near = fc.tuple(fc.constantFrom('', '-', '+', ' '), fc.stringMatching(/^\d{0,16}$/), fc.constantFrom('', '.', ','), fc.stringMatching(/^\d{0,12}$/), fc.constantFrom('', ' ', 'e1', '.'))
      .map((parts) => parts.join(''));
    const anything = fc.string({ unit: fc.constantFrom(...'0123456789.-+e ٣'.split('')), maxLength: 30 });
    fc.assert(fc.property(fc.oneof(near, anything), (text) => {
      expect(isDecimalText(text)).toBe(DECIMAL_TEXT.test(text));
    }), { numRuns: 30_000 });
  });

  it('takes the limits of numeric(24,10) and refuses what is not a string', () => {
    expect(isDecimalText('12345678901234.1234567890')).toBe(true);
    expect(isDecimalText('123456789012345')).toBe(false);
    expect(isDecimalText('1.12345678901')).toBe(false);
    expect(isDecimalText('-0.5')).toBe(true);
    expect(isDecimalText('1.')).toBe(false);
    expect(isDecimalText(88.5)).toBe(false);
    expect(isDecimalText(null)).toBe(false);
  });
});
