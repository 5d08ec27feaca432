import { describe, expect, test } from 'vitest';
import { CellRange } from './selection';

describe('CellRange', () => {
  test('a single cell covers only itself', () => {
    const range = new CellRange({ rowIndex: 2, colIndex: 1 });
    expect(range.rows()).toEqual([2]);
    expect(range.cols()).toEqual([1]);
    expect(range.contains(2, 1)).toBe(true);
    expect(range.contains(2, 2)).toBe(false);
  });

  test('extending up and to the left keeps the anchor and lists indices in grid order', () => {
    const range = new CellRange({ rowIndex: 4, colIndex: 3 }).extend({ rowIndex: 2, colIndex: 1 });
    expect(range.anchor).toEqual({ rowIndex: 4, colIndex: 3 });
    expect(range.focus).toEqual({ rowIndex: 2, colIndex: 1 });
    expect(range.rows()).toEqual([2, 3, 4]);
    expect(range.cols()).toEqual([1, 2, 3]);
    expect(range.contains(3, 2)).toBe(true);
    expect(range.contains(1, 2)).toBe(false);
    expect(range.contains(3, 4)).toBe(false);
  });

  test('extending does not change the original range', () => {
    const range = new CellRange({ rowIndex: 0, colIndex: 0 });
    range.extend({ rowIndex: 5, colIndex: 5 });
    expect(range.rows()).toEqual([0]);
  });

  test('slice picks the covered ids and fields, leaving out indices the order no longer has', () => {
    const order = { rowIds: ['r1', 'r2', 'r3'], fields: ['amount', 'due_date'] };
    expect(new CellRange({ rowIndex: 2, colIndex: 1 }, { rowIndex: 1, colIndex: 0 }).slice(order)).toEqual({
      rowIds: ['r2', 'r3'],
      fields: ['amount', 'due_date'],
    });
    expect(new CellRange({ rowIndex: 2, colIndex: 1 }, { rowIndex: 4, colIndex: 3 }).slice(order)).toEqual({
      rowIds: ['r3'],
      fields: ['due_date'],
    });
  });
});
