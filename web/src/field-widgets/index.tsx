import type { BaseRecord } from '@refinedev/core';
import type { ReactNode } from 'react';
import type { FilterableFieldDef } from '../fields/filters';
import type { FieldDef, FieldDefOf, FieldType } from '../fields/types';
import { booleanWidget } from './boolean';
import { dateWidget } from './date';
import { decimalWidget } from './decimal';
import { enumWidget } from './enum';
import { FormattedValue } from './FormattedValue';
import { integerWidget } from './integer';
import { referenceWidget } from './reference';
import { tagsWidget } from './tags';
import { textWidget } from './text';
import type { FieldWidget, FilterWidget } from './types';

type WidgetRegistry = {
  readonly [T in FieldType]: FieldDefOf<T> extends FilterableFieldDef
    ? FilterWidget<FieldDefOf<T>>
    : FieldWidget<FieldDefOf<T>>;
};

const WIDGETS: WidgetRegistry = {
  text: textWidget,
  decimal: decimalWidget,
  integer: integerWidget,
  date: dateWidget,
  enum: enumWidget,
  tags: tagsWidget,
  reference: referenceWidget,
  boolean: booleanWidget,
};

// The registry is keyed by `type`, so each definition meets the widget of its own type.
export function widgetFor<D extends FieldDef>(def: D): FieldWidget<D> {
  return WIDGETS[def.type] as unknown as FieldWidget<D>;
}

export function filterWidgetFor<D extends FilterableFieldDef>(def: D): FilterWidget<D> {
  return WIDGETS[def.type] as unknown as FilterWidget<D>;
}

/** A table cell for one field of a row. */
export function renderCell(def: FieldDef, record: BaseRecord): ReactNode {
  const widget = widgetFor(def);
  return widget.cell ? widget.cell(def, record) : <FormattedValue def={def} value={record[def.key]} />;
}
