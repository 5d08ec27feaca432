import type { CrudFilter, LogicalFilter } from '@refinedev/core';
import type {
  BooleanFieldDef,
  EnumFieldDef,
  FieldDef,
  ReferenceFieldDef,
  TagsFieldDef,
  TextFieldDef,
} from './types';
import type { ResourceSpec } from './resource-spec';

/** Field types that list pages can filter on (the others have no `filter` option). */
export type FilterableFieldDef = TextFieldDef | EnumFieldDef | TagsFieldDef | ReferenceFieldDef | BooleanFieldDef;

export function isFilterable(def: FieldDef): def is FilterableFieldDef {
  return 'filter' in def && def.filter === true;
}

function isEmptyFilterValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The list filter for one field's filter-bar value. An empty value yields `value: undefined`,
 * which tells refine to drop the previous filter on that field.
 */
export function fieldFilter(def: FilterableFieldDef, value: unknown): LogicalFilter {
  const empty = isEmptyFilterValue(value);
  switch (def.type) {
    case 'text':
      return { field: def.key, operator: 'contains', value: empty ? undefined : String(value).trim() };
    case 'tags':
      // text[] @> '{tag}': owners carrying the tag.
      return { field: def.key, operator: 'ina', value: empty ? undefined : [value].flat() };
    case 'enum':
    case 'reference':
    case 'boolean':
      return { field: def.key, operator: 'eq', value: empty ? undefined : value };
  }
}

/** Key of the search box's filter, so refine replaces it instead of stacking "or" filters. */
export const SEARCH_FILTER_KEY = 'search';

/** Characters that would break PostgREST's or=(…) syntax even inside quotes. */
const UNSAFE_IN_OR = /["\\()]/g;

/** "Contains this text in any of these columns"; an empty text clears the search. */
export function searchFilter(columns: readonly string[], text: string | undefined): CrudFilter {
  const cleaned = (text ?? '').replace(UNSAFE_IN_OR, ' ').trim();
  return {
    key: SEARCH_FILTER_KEY,
    operator: 'or',
    value: cleaned === '' ? [] : columns.map((field) => ({ field, operator: 'contains', value: cleaned })),
  };
}

/** Name of the search box in the filter bar. */
export const SEARCH_FIELD = 'q';

/** All list filters for the filter bar's values; empty controls clear their filter. */
export function filterBarFilters(spec: ResourceSpec, values: Readonly<Record<string, unknown>>): CrudFilter[] {
  const search = values[SEARCH_FIELD];
  return [
    ...spec.fields.filter(isFilterable).map((def) => fieldFilter(def, values[def.key])),
    ...(spec.search ? [searchFilter(spec.search, typeof search === 'string' ? search : undefined)] : []),
  ];
}

/** The search text of active filters (e.g. restored from the URL), for the search box. */
export function searchTextOf(filters: readonly CrudFilter[]): string | undefined {
  const search = filters.find((filter) => filter.operator === 'or' && filter.key === SEARCH_FILTER_KEY);
  const [first] = search && Array.isArray(search.value) ? search.value : [];
  return first && 'field' in first && typeof first.value === 'string' ? first.value : undefined;
}
