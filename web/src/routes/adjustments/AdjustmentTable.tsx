// The adjustments, one row each: which bill (room, owner, fee item, period), what changes from what to what and
// why, who asked when, and how it was decided. Only proposed adjustments can be selected, and only when the page
// offers decisions.
import { Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { AdjustmentRow, AdjustmentStatus } from './queries';
import { fieldLabel, formatAdjustmentValue } from './values';

const STATUS_COLORS: Record<AdjustmentStatus, string> = { proposed: 'processing', approved: 'success', rejected: 'error' };

interface Props {
  readonly rows: readonly AdjustmentRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly loading: boolean;
  readonly error: string | null;
  readonly feeItemLabel: (code: string) => string;
  /** null: read-only, no selection. */
  readonly selection: { readonly selected: readonly AdjustmentRow[]; readonly onChange: (rows: readonly AdjustmentRow[]) => void } | null;
  readonly onPage: (page: number, pageSize: number) => void;
}

export function AdjustmentTable({ rows, total, page, pageSize, loading, error, feeItemLabel, selection, onPage }: Props) {
  const { t, text, locale } = useI18n();
  const time = (at: string | null) => (at ? new Date(at).toLocaleString(locale) : '—');

  return (
    <Table<AdjustmentRow>
      data-testid="adjustment-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...rows]}
      locale={{ emptyText: error ?? t('adjustments.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, hideOnSinglePage: true, onChange: onPage }}
      rowSelection={selection ? {
        selectedRowKeys: selection.selected.map((row) => row.id),
        onChange: (_, selected) => selection.onChange(selected),
        getCheckboxProps: (row) => ({ disabled: row.status !== 'proposed' }),
      } : undefined}
      // data-* attributes let the browser test find an adjustment's row; antd's row props type does not list them.
      onRow={(row) => ({ 'data-testid': 'adjustment-row', 'data-adjustment-id': row.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('adjustments.columns.room'), dataIndex: 'room_no' },
        { title: t('adjustments.columns.owner'), dataIndex: 'owner_name', render: (name: string | null) => name ?? '—' },
        { title: t('adjustments.columns.feeItem'), dataIndex: 'fee_code', render: feeItemLabel },
        { title: t('adjustments.columns.period'), key: 'period', render: (_, row) => `${row.period_start} ~ ${row.period_end}` },
        { title: t('adjustments.columns.field'), dataIndex: 'field', render: (_, row) => text(fieldLabel(row.field)) },
        {
          title: t('adjustments.columns.change'),
          key: 'change',
          render: (_, row) => (
            <span data-testid="adjustment-change" style={{ whiteSpace: 'nowrap' }}>
              {formatAdjustmentValue(row.field, row.old_value)} → <strong>{formatAdjustmentValue(row.field, row.new_value)}</strong>
            </span>
          ),
        },
        { title: t('adjustments.columns.reason'), dataIndex: 'reason' },
        { title: t('adjustments.columns.requestedBy'), dataIndex: 'requested_by_name', render: (name: string | null) => name ?? '—' },
        { title: t('adjustments.columns.requestedAt'), dataIndex: 'created_at', render: time },
        {
          title: t('adjustments.columns.status'),
          dataIndex: 'status',
          render: (status: AdjustmentStatus) => (
            <Tag color={STATUS_COLORS[status]} data-testid="adjustment-status" data-status={status}>{t(`adjustments.status.${status}`)}</Tag>
          ),
        },
        {
          title: t('adjustments.columns.decision'),
          key: 'decision',
          render: (_, row) => row.decided_at && (
            <div data-testid="adjustment-decision">
              <div>{row.decided_by_name ?? '—'}</div>
              <Typography.Text type="secondary">{time(row.decided_at)}</Typography.Text>
              {row.decision_comment && <div>{row.decision_comment}</div>}
            </div>
          ),
        },
      ]}
    />
  );
}
