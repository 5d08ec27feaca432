import { describe, expect, it } from 'vitest';
import { jsonRanges, lineOf, rangeOf } from './json-locate';

const text = JSON.stringify({
  feeItems: [{ code: 'mgmt', cycle: 'quarter', rules: [{ name: 'base', event: { type: 'core.charge.areaRate', params: { 'rate/m2': 2.8 } } }] }],
}, null, 2);

describe('jsonRanges', () => {
  const ranges = jsonRanges(text);
  const at = (pointer: string) => {
    const range = rangeOf(ranges, pointer);
    return range && text.slice(range.start, range.end);
  };

  it('finds the text of each value by pointer', () => {
    expect(at('/feeItems/0/code')).toBe('"mgmt"');
    expect(at('/feeItems/0/rules/0/event/params/rate~1m2')).toBe('2.8');
    expect(at('/feeItems/0/rules/0')?.startsWith('{')).toBe(true);
    expect(at('/feeItems/0/rules/0')?.endsWith('}')).toBe(true);
    expect(JSON.parse(at('/feeItems/0/rules/0')!)).toMatchObject({ name: 'base' });
    expect(at('')).toBe(text);
  });

  it('points a missing key at its nearest existing parent', () => {
    expect(JSON.parse(at('/feeItems/0/rules/0/event/params/missing')!)).toEqual({ 'rate/m2': 2.8 });
    expect(at('/')).toBe(text);
  });

  it('copes with escapes and gives nothing for text that does not parse', () => {
    const tricky = '{"a\\"b": ["x\\\\", {"c": "}]"}], "d": true}';
    const r = jsonRanges(tricky);
    const slice = (p: string) => { const x = rangeOf(r, p)!; return tricky.slice(x.start, x.end); };
    expect(slice('/a"b/1/c')).toBe('"}]"');
    expect(slice('/d')).toBe('true');
    expect(jsonRanges('{"a": ').size).toBe(0);
  });

  it('numbers lines from 1', () => {
    expect(lineOf('a\nb\nc', 0)).toBe(1);
    expect(lineOf('a\nb\nc', 4)).toBe(3);
  });
});
