import { describe, expect, it } from 'vitest';
import { appendAt, getIn, removeAt, setIn } from './edit';

describe('document edits', () => {
  const doc = { feeItems: [{ code: 'mgmt', rules: [{ name: 'a' }, { name: 'b' }] }] };

  it('sets a value deep inside without touching the original', () => {
    const next = setIn(doc, ['feeItems', 0, 'rules', 1, 'name'], 'c');
    expect(getIn(next, ['feeItems', 0, 'rules', 1, 'name'])).toBe('c');
    expect(doc.feeItems[0]!.rules[1]!.name).toBe('b');
    expect(getIn(next, ['feeItems', 0, 'rules', 0])).toBe(doc.feeItems[0]!.rules[0]);
  });

  it('creates missing objects and removes keys set to undefined', () => {
    expect(setIn({}, ['event', 'params', 'rate'], '2.80')).toEqual({ event: { params: { rate: '2.80' } } });
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
  });

  it('removes and appends array items', () => {
    expect(getIn(removeAt(doc, ['feeItems', 0, 'rules', 0]), ['feeItems', 0, 'rules'])).toEqual([{ name: 'b' }]);
    expect(getIn(appendAt(doc, ['feeItems', 0, 'rules'], { name: 'z' }), ['feeItems', 0, 'rules', 2])).toEqual({ name: 'z' });
    expect(appendAt({}, ['list'], 1)).toEqual({ list: [1] });
  });
});
