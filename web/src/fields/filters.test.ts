import { describe, expect, it } from 'vitest';
import { fieldFilter, filterBarFilters, isFilterable, searchFilter, searchTextOf } from './filters';
import type { ResourceSpec } from './resource-spec';
import type { EnumFieldDef, TagsFieldDef, TextFieldDef } from './types';

const label = { 'zh-CN': '字段', en: 'Field' };
const roomNo: TextFieldDef = { type: 'text', key: 'room_no', label, filter: true };
const usage: EnumFieldDef = { type: 'enum', key: 'usage', label, enum: 'unit_usage', filter: true };
const tags: TagsFieldDef = { type: 'tags', key: 'tags', label, known: 'owner_tag', filter: true };

describe('fieldFilter', () => {
  it('filters text by substring, enums by equality and tags by containment', () => {
    expect(fieldFilter(roomNo, ' 1502 ')).toEqual({ field: 'room_no', operator: 'contains', value: '1502' });
    expect(fieldFilter(usage, 'office')).toEqual({ field: 'usage', operator: 'eq', value: 'office' });
    expect(fieldFilter(tags, 'senior')).toEqual({ field: 'tags', operator: 'ina', value: ['senior'] });
  });

  it('clears the filter for empty values', () => {
    expect(fieldFilter(roomNo, '  ').value).toBeUndefined();
    expect(fieldFilter(usage, undefined).value).toBeUndefined();
    expect(fieldFilter(tags, []).value).toBeUndefined();
  });
});

describe('isFilterable', () => {
  it('is true only for fields marked as filters', () => {
    expect(isFilterable(roomNo)).toBe(true);
    expect(isFilterable({ ...roomNo, filter: false })).toBe(false);
    expect(isFilterable({ type: 'date', key: 'handover_date', label })).toBe(false);
  });
});

describe('searchFilter', () => {
  it('searches every column with one keyed "or" filter', () => {
    expect(searchFilter(['name', 'phone'], ' 王 ')).toEqual({
      key: 'search',
      operator: 'or',
      value: [
        { field: 'name', operator: 'contains', value: '王' },
        { field: 'phone', operator: 'contains', value: '王' },
      ],
    });
  });

  it('strips characters that would break the PostgREST or-syntax and clears on empty text', () => {
    expect(searchFilter(['name'], 'a"b(c)')).toMatchObject({ value: [{ value: 'a b c' }] });
    expect(searchFilter(['name'], '')).toEqual({ key: 'search', operator: 'or', value: [] });
    expect(searchFilter(['name'], undefined)).toEqual({ key: 'search', operator: 'or', value: [] });
  });
});

describe('filterBarFilters', () => {
  const spec: ResourceSpec = {
    name: 'owners',
    scope: 'project',
    fields: [{ type: 'text', key: 'name', label, filter: true }, { type: 'text', key: 'note', label }, tags],
    defaultSort: { field: 'name', order: 'asc' },
    search: ['name', 'phone'],
  };

  it('builds one filter per filterable field plus the search', () => {
    expect(filterBarFilters(spec, { name: '王', tags: ['senior'], q: '138' })).toEqual([
      { field: 'name', operator: 'contains', value: '王' },
      { field: 'tags', operator: 'ina', value: ['senior'] },
      {
        key: 'search',
        operator: 'or',
        value: [
          { field: 'name', operator: 'contains', value: '138' },
          { field: 'phone', operator: 'contains', value: '138' },
        ],
      },
    ]);
  });

  it('round-trips the search text through the active filters', () => {
    const filters = filterBarFilters(spec, { q: '138' });
    expect(searchTextOf(filters)).toBe('138');
    expect(searchTextOf(filterBarFilters(spec, {}))).toBeUndefined();
    expect(searchTextOf([])).toBeUndefined();
  });
});
