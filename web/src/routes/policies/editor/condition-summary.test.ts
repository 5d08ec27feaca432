import { describe, expect, it } from 'vitest';
import { policyRegistry } from '../registry';
import { conditionSummary, type SummaryWords } from './condition-summary';

const zh: SummaryWords = {
  text: (l) => l['zh-CN'], and: '且', or: '或', not: (x) => `并非${x}`, shared: (n) => `共享条件「${n}」`, yes: '是', no: '否', group: (x) => `（${x}）`,
};
const say = (node: unknown) => conditionSummary(node, policyRegistry, zh);

describe('a rule\'s conditions in words', () => {
  it('names fields, operators and enumerated values by their labels', () => {
    expect(say({ all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] })).toBe('房屋 › 用途 等于 住宅');
    expect(say({ all: [{ fact: 'unit', path: '$.usage', operator: 'in', value: ['commercial', 'office'] }] })).toBe('房屋 › 用途 属于 商铺、办公');
    expect(say({ all: [{ fact: 'status', path: '$.vacant', operator: 'equal', value: true }] })).toMatch(/ 等于 是$/);
  });

  it('joins groups, brackets nested ones, and names shared conditions and compared fields', () => {
    const text = say({ all: [
      { condition: '住宅' },
      { any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }, { not: { fact: 'unit', path: '$.handoverDate', operator: 'lessThan', value: { fact: 'unit', path: '$.renovationDate' } } }] },
    ] });
    expect(text).toBe('共享条件「住宅」 且 （业主 › 业主标签 包含 senior 或 并非房屋 › 收房日期 小于 房屋 › 装修开始日期）');
  });

  it('writes what the registry does not know as it is', () => {
    expect(say({ all: [{ fact: 'meter', path: '$.x', operator: 'like', value: 3 }] })).toBe('meter$.x like 3');
  });
});
