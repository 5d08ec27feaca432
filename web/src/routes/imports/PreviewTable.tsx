// The rows as they will be imported (parsed, in the console's words), a page at a time; rows the database
// found a problem with are marked.
import { Table, Typography } from 'antd';
import { useMemo } from 'react';
import { formatField } from '../../fields';
import { useI18n } from '../../i18n/use-i18n';
import type { ImportKind, ImportRow, RowIssue } from './kinds/types';

export function PreviewTable({ kind, rows, issues }: { kind: ImportKind; rows: readonly ImportRow[]; issues: readonly RowIssue[] }) {
  const { t, locale, format } = useI18n();
  const badRows = useMemo(() => new Set(issues.map((i) => i.row)), [issues]);
  return (
    <>
      <Typography.Text strong>{t('imports.previewTitle')}</Typography.Text>
      <Table<ImportRow>
        size="small"
        data-testid="import-preview"
        rowKey="row"
        dataSource={rows as ImportRow[]}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        rowClassName={(row) => (badRows.has(row.row) ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('imports.rowNo'), dataIndex: 'row', width: 70, fixed: 'left' },
          ...kind.columns.map((column) => ({
            key: column.wire,
            title: column.field.label[locale],
            render: (_: unknown, row: ImportRow) => formatField(column.field, row[column.wire], format),
          })),
        ]}
      />
    </>
  );
}
