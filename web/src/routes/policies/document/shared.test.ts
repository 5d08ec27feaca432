import { describe, expect, it } from 'vitest';
import { freeName, namesOffered, renameShared, sharedNamesOf, sharedReach, sharedNamedIn, sharedUses, ruleOf } from './shared';

const leaf = { fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' };
const doc = {
  sharedConditions: {
    住宅: { all: [leaf] },
    优惠对象: { all: [{ condition: '住宅' }, { any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }] }] },
  },
  feeItems: [
    { code: 'mgmt', cycle: 'month', rules: [
      { name: 'a', conditions: { all: [{ condition: '住宅' }] }, event: { type: 'x', params: { condition: '住宅' } } },
      { name: 'b', conditions: { not: { any: [{ condition: '优惠对象' }, { condition: '住宅' }] } }, event: { type: 'y' } },
    ] },
  ],
};

describe('shared conditions in an edited document', () => {
  it('lists names in order and counts references from rules and other shared conditions', () => {
    expect(sharedNamesOf(doc)).toEqual(['住宅', '优惠对象']);
    expect(sharedNamesOf({ feeItems: [] })).toEqual([]);
    expect(Object.fromEntries(sharedUses(doc))).toEqual({ 住宅: 3, 优惠对象: 1 });
  });

  it('renames in place and every reference follows, but not action params that happen to say "condition"', () => {
    const renamed = renameShared(doc, '住宅', '住宅类房屋') as typeof doc & { sharedConditions: Record<string, unknown> };
    expect(Object.keys(renamed.sharedConditions)).toEqual(['住宅类房屋', '优惠对象']);
    expect(Object.fromEntries(sharedUses(renamed))).toEqual({ 住宅类房屋: 3, 优惠对象: 1 });
    expect(renamed.feeItems[0]!.rules[0]!.event).toEqual({ type: 'x', params: { condition: '住宅' } });
    expect(renamed.feeItems[0]!.rules[1]!.conditions).toEqual({ not: { any: [{ condition: '优惠对象' }, { condition: '住宅类房屋' }] } });
    // The original is untouched.
    expect(doc.feeItems[0]!.rules[0]!.conditions).toEqual({ all: [{ condition: '住宅' }] });
  });

  it('names the shared conditions a fired rule used, once each', () => {
    const named = (feeItem: string, rule: string) => sharedNamedIn(ruleOf(doc, feeItem, rule)?.conditions);
    expect(named('mgmt', 'b')).toEqual(['优惠对象', '住宅']);
    expect(named('mgmt', 'a')).toEqual(['住宅']);
    expect(named('water', 'a')).toEqual([]);
  });

  it('never renames onto a name that is taken', () => {
    expect(renameShared(doc, '住宅', '优惠对象')).toBe(doc);
  });

  it('offers inside a shared condition only names that do not lead back to it', () => {
    const chain = { sharedConditions: { a: { all: [leaf] }, b: { all: [{ condition: 'a' }] }, c: { not: { condition: 'b' } }, d: { all: [leaf] } }, feeItems: [] };
    const reach = sharedReach(chain);
    expect([...reach.get('c')!].sort()).toEqual(['a', 'b']);
    const names = sharedNamesOf(chain);
    expect(namesOffered(['feeItems', 0, 'rules', 0, 'conditions'], names, reach)).toEqual(['a', 'b', 'c', 'd']);
    // In a: not a itself, nor b and c, which use a.
    expect(namesOffered(['sharedConditions', 'a', 'all', 0], names, reach)).toEqual(['d']);
    expect(namesOffered(['sharedConditions', 'c'], names, reach)).toEqual(['a', 'b', 'd']);
  });

  it('finds a free name', () => {
    expect(freeName([], '条件')).toBe('条件 1');
    expect(freeName(['条件 1'], '条件')).toBe('条件 2');
    expect(freeName(['条件 2'], '条件')).toBe('条件 3');
  });
});
