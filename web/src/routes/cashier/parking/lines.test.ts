import { describe, expect, it } from 'vitest';
import { linesTotal, pastedLines } from './lines';

describe('parking handover lines', () => {
  it('reads space and amount per line as pasted from a spreadsheet, exactly', () => {
    const { lines, problems } = pastedLines('P-001\t300\r\nP-002\t¥1,250.5\r\n\r\n', 'zh-CN');
    expect(problems).toEqual([]);
    expect(lines).toEqual([{ spaceCode: 'P-001', amount: '300.00' }, { spaceCode: 'P-002', amount: '1250.50' }]);
    expect(linesTotal([...lines, { spaceCode: 'P-003', amount: '0.10' }, { spaceCode: 'P-004', amount: '0.20' }])).toBe('1550.80');
  });

  it('names the line of a missing space or a bad amount', () => {
    const { lines, problems } = pastedLines('P-001\t12.345\n\t50\nP-003\tabc\nP-004\t5', 'zh-CN');
    expect(lines).toEqual([{ spaceCode: 'P-004', amount: '5.00' }]);
    expect(problems).toEqual([
      { line: 1, message: 'P-001: 最多 2 位小数' },
      { line: 2, message: '请填写此项' },
      { line: 3, message: 'P-003: 请输入数字，例如 89.50' },
    ]);
  });
});
