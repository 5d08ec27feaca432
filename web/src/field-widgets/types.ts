import type { BaseRecord } from '@refinedev/core';
import type { FormItemProps } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import type { FieldDef } from '../fields/types';

/**
 * How one field type looks in the console. Form.Item injects `value`/`onChange` into the element
 * returned by `input`/`filter`; the form store always holds the wire value (what PostgREST sends
 * and accepts), and `formItem` converts where the control wants something else (e.g. dayjs).
 */
export interface FieldWidget<D extends FieldDef> {
  input(def: D): ReactElement;
  formItem?(def: D): Pick<FormItemProps, 'getValueProps' | 'normalize' | 'valuePropName'>;
  /** Table cell; defaults to the formatted text. */
  cell?(def: D, record: BaseRecord): ReactNode;
}

/** Widgets of filterable types also render the list filter control. */
export interface FilterWidget<D extends FieldDef> extends FieldWidget<D> {
  filter(def: D): ReactElement;
}
