import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { capitalAmount } from './capital-amount';

describe('capitalAmount', () => {
  test.each([
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['0.05', '伍分'],
    ['0.50', '伍角'],
    ['0.56', '伍角陆分'],
    ['10.00', '壹拾元整'],
    ['15', '壹拾伍元整'],
    ['1234.56', '壹仟贰佰叁拾肆元伍角陆分'],
    ['100000.05', '壹拾万元零伍分'],
    ['1000000000.00', '壹拾亿元整'],
    ['1001.01', '壹仟零壹元零壹分'],
    ['1010.10', '壹仟零壹拾元壹角'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['1000001', '壹佰万零壹元整'],
    ['100010000', '壹亿零壹万元整'],
    ['100001000', '壹亿零壹仟元整'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s', (amount, capitals) => {
    expect(capitalAmount(new Decimal(amount))).toBe(capitals);
  });

  test('rounds half up to the fen, as amounts are shown', () => {
    expect(capitalAmount('2.345')).toBe('贰元叁角伍分');
    expect(capitalAmount('0.004')).toBe('零元整');
  });

  test('writes a negative amount with 负 and refuses what has no capital units', () => {
    expect(capitalAmount('-12.30')).toBe('负壹拾贰元叁角');
    expect(() => capitalAmount('1e16')).toThrow(RangeError);
    expect(capitalAmount('9999999999999999.99')).toMatch(/^玖仟玖佰玖拾玖万亿/);
  });
});
