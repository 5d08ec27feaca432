import { describe, expect, it } from 'vitest';
import { issueCountsByRule, issuesAt, issuesWithin, locatePointer, pointerSegments, toPointer } from './pointer';

describe('JSON pointer → place in the policy', () => {
  it('finds the rule of a params issue, with the rest of the path', () => {
    expect(locatePointer('/feeItems/0/rules/2/event/params/ratePerM2Month')).toEqual({
      kind: 'rule', feeItem: 0, rule: 2, rest: ['event', 'params', 'ratePerM2Month'],
    });
    expect(locatePointer('/feeItems/1/rules/0')).toEqual({ kind: 'rule', feeItem: 1, rule: 0, rest: [] });
  });

  it('tells fee item fields, slots and the document apart', () => {
    expect(locatePointer('/feeItems/3/code')).toEqual({ kind: 'feeItem', feeItem: 3, rest: ['code'] });
    expect(locatePointer('/feeItems/0/rules')).toEqual({ kind: 'feeItem', feeItem: 0, rest: ['rules'] });
    expect(locatePointer('/feeItems/0/lateFee/params/rate')).toEqual({ kind: 'slot', feeItem: 0, slot: 'lateFee', rest: ['params', 'rate'] });
    expect(locatePointer('/feeItems')).toEqual({ kind: 'document', rest: ['feeItems'] });
    expect(locatePointer('/rounding/step')).toEqual({ kind: 'document', rest: ['rounding', 'step'] });
    expect(locatePointer('/')).toEqual({ kind: 'document', rest: [] });
    expect(locatePointer('')).toEqual({ kind: 'document', rest: [] });
  });

  it('does not take non-indexes for indexes', () => {
    expect(locatePointer('/feeItems/x/rules/0').kind).toBe('document');
    expect(locatePointer('/feeItems/01/code').kind).toBe('document');
    expect(locatePointer('/feeItems/0/rules/-1')).toEqual({ kind: 'feeItem', feeItem: 0, rest: ['rules', '-1'] });
  });

  it('escapes and unescapes ~ and / as RFC 6901 says', () => {
    expect(toPointer(['feeItems', 0, 'a/b', 'c~d'])).toBe('/feeItems/0/a~1b/c~0d');
    expect(pointerSegments('/feeItems/0/a~1b/c~0d')).toEqual(['feeItems', '0', 'a/b', 'c~d']);
  });

  it('groups issues by rule and by place', () => {
    const issues = [
      { pointer: '/feeItems/0/rules/1/name', message: { 'zh-CN': 'a', en: 'a' } },
      { pointer: '/feeItems/0/rules/1/event/params/x', message: { 'zh-CN': 'b', en: 'b' } },
      { pointer: '/feeItems/0/rules/10/event', message: { 'zh-CN': 'c', en: 'c' } },
      { pointer: '/feeItems/0/code', message: { 'zh-CN': 'd', en: 'd' } },
    ];
    expect([...issueCountsByRule(issues)]).toEqual([['0/1', 2], ['0/10', 1]]);
    expect(issuesWithin(issues, '/feeItems/0/rules/1').map((i) => i.message.en)).toEqual(['a', 'b']);
    expect(issuesAt(issues, '/feeItems/0/code').map((i) => i.message.en)).toEqual(['d']);
    expect(issuesWithin([{ pointer: '/', message: { 'zh-CN': 'root', en: 'root' } }], '')).toHaveLength(1);
  });
});
