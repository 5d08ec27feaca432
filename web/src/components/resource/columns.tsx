import { DeleteButton, EditButton, getDefaultSortOrder } from '@refinedev/antd';
import type { BaseRecord, CrudSort } from '@refinedev/core';
import { Space, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { renderCell } from '../../field-widgets';
import type { ResourceSpec } from '../../fields/resource-spec';
import type { I18n } from '../../i18n/use-i18n';

const NUMERIC_TYPES = new Set(['decimal', 'integer']);

/** A page's own button before edit/delete on each row (the owner page's link on owners). */
export type RowAction = (id: string) => ReactNode;

/** Table columns of a resource: one per listed field, then edit/delete (hidden when not allowed). */
export function resourceColumns(spec: ResourceSpec, sorters: readonly CrudSort[], i18n: I18n, rowAction?: RowAction): TableColumnsType<BaseRecord> {
  const fieldColumns: TableColumnsType<BaseRecord> = spec.fields
    .filter((def) => def.list !== false)
    .map((def) => ({
      key: def.key,
      dataIndex: def.key,
      title: i18n.text(def.label),
      sorter: def.sortable === true,
      sortOrder: def.sortable ? (getDefaultSortOrder(def.key, [...sorters]) ?? null) : undefined,
      align: NUMERIC_TYPES.has(def.type) ? 'right' : undefined,
      render: (_value: unknown, record: BaseRecord) => renderCell(def, record),
    }));
  return [
    ...fieldColumns,
    {
      key: 'actions',
      title: i18n.t('list.actions'),
      fixed: 'right',
      render: (_value: unknown, record: BaseRecord) =>
        record.id === undefined ? null : (
          <Space>
            {rowAction?.(String(record.id))}
            <EditButton hideText size="small" resource={spec.name} recordItemId={record.id} />
            <DeleteButton hideText size="small" resource={spec.name} recordItemId={record.id} />
          </Space>
        ),
    },
  ];
}
