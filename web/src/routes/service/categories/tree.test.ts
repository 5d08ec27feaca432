import { describe, expect, test } from 'vitest';
import type { Category } from '../queries';
import { categoryTree, nextChildCode } from './tree';

const category = (code: string, sort: number, parent: string | null = null): Category => ({
  id: code, code, parent_id: parent, kind: 'repair', name_zh: code, name_en: code, department: 'engineering', emergency: false,
  accept_minutes: 5, dispatch_minutes: 5, complete_minutes: 60, callback_minutes: 1440, active: true, sort, row_version: 1,
});

describe('categoryTree', () => {
  test('puts each sub-category under its parent, both levels in sort then code order', () => {
    const tree = categoryTree([category('repair.lift', 14, 'repair'), category('inquiry', 30), category('repair', 10),
      category('repair.leak', 12, 'repair'), category('repair.b', 12, 'repair')]);
    expect(tree.map((n) => [n.code, n.children?.map((c) => c.code)])).toEqual([
      ['repair', ['repair.b', 'repair.leak', 'repair.lift']],
      ['inquiry', undefined],
    ]);
  });

  test('keeps a sub-category whose parent is missing at the top', () => {
    expect(categoryTree([category('repair.leak', 12, 'gone')]).map((n) => n.code)).toEqual(['repair.leak']);
  });
});

describe('nextChildCode', () => {
  test('takes the first number no category of the project uses', () => {
    const rows = [category('repair', 10), category('repair.1', 11, 'repair'), category('repair.3', 12, 'repair')];
    expect(nextChildCode(rows[0]!, rows)).toBe('repair.2');
    expect(nextChildCode(category('inquiry', 30), rows)).toBe('inquiry.1');
  });
});
