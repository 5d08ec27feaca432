import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, groupThousands } from './money';

describe('formatMoney', () => {
  it('prefixes yuan, groups thousands and keeps two places', () => {
    expect(formatMoney('1234.56')).toBe('¥1,234.56');
    expect(formatMoney('1234567.8')).toBe('¥1,234,567.80');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('999')).toBe('¥999.00');
  });

  it('puts the minus sign before the yuan sign', () => {
    expect(formatMoney('-1234.5')).toBe('-¥1,234.50');
  });

  it('rounds half up to the fen, away from zero', () => {
    expect(formatMoney('2.345')).toBe('¥2.35');
    expect(formatMoney('2.344')).toBe('¥2.34');
    expect(formatMoney('-2.345')).toBe('-¥2.35');
  });

  it('never shows a negative zero', () => {
    expect(formatMoney('-0.001')).toBe('¥0.00');
  });

  it('keeps every digit of amounts beyond double precision', () => {
    expect(formatMoney('10000000000089.99')).toBe('¥10,000,000,000,089.99');
    expect(formatMoney(new Decimal('12345678901234.01'))).toBe('¥12,345,678,901,234.01');
  });
});

describe('formatDecimal', () => {
  it('formats to the requested scale', () => {
    expect(formatDecimal('89.5', 2)).toBe('89.50');
    expect(formatDecimal('1234.5678', 3)).toBe('1,234.568');
    expect(formatDecimal('7', 0)).toBe('7');
  });
});

describe('groupThousands', () => {
  it('groups only the integer part', () => {
    expect(groupThousands('1234567.1234')).toBe('1,234,567.1234');
    expect(groupThousands('-1000')).toBe('-1,000');
    expect(groupThousands('100')).toBe('100');
  });
});
