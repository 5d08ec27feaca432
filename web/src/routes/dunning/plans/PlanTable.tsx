// The installment plans, one row each: whose, how much, the instalments, the status (proposed, active — and kept,
// broken or completed as the dunning run finds them), who proposed and approved it; approve or cancel for those
// who may.
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { mayBeDecided, type PlanDecision, type PlanRow, type PlanStatus } from '../plan-queries';
import { useStaffNames } from '../use-staff-names';

const STATUS_COLORS: Record<PlanStatus, string> = {
  proposed: 'processing', active: 'blue', kept: 'success', broken: 'error', completed: 'default', cancelled: 'default',
};

interface Props {
  readonly rows: readonly PlanRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly loading: boolean;
  readonly error: string | null;
  /** null: the user may not decide plans. */
  readonly onDecide: ((plan: PlanRow, decision: PlanDecision) => void) | null;
  readonly onPage: (page: number, pageSize: number) => void;
}

export function PlanTable({ rows, total, page, pageSize, loading, error, onDecide, onPage }: Props) {
  const { t, locale } = useI18n();
  const staffName = useStaffNames(rows.flatMap((row) => [row.created_by, row.approved_by]));
  return (
    <Table<PlanRow>
      data-testid="dunning-plans"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...rows]}
      locale={{ emptyText: error ?? t('dunningDesk.plans.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, hideOnSinglePage: true, onChange: onPage }}
      // data-* attributes let the browser test find a plan's row; antd's row props type does not list them.
      onRow={(row) => ({ 'data-testid': 'dunning-plan', 'data-plan-id': row.id, 'data-owner': row.owner?.name ?? '' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('dunningDesk.plans.columns.owner'), key: 'owner', render: (_, row) => row.owner?.name ?? '—' },
        { title: t('dunningDesk.plans.columns.total'), dataIndex: 'total', align: 'right', render: (total: string) => formatMoney(total) },
        {
          title: t('dunningDesk.plans.columns.schedule'),
          key: 'schedule',
          render: (_, row) => row.schedule.map((item) => (
            <div key={item.due}>{t('dunningDesk.plans.instalment', { due: item.due, amount: formatMoney(item.amount) })}</div>
          )),
        },
        {
          title: t('dunningDesk.plans.columns.status'),
          dataIndex: 'status',
          render: (status: PlanStatus) => <Tag color={STATUS_COLORS[status]} data-testid="dunning-plan-status" data-status={status}>{t(`dunningDesk.plans.status.${status}`)}</Tag>,
        },
        { title: t('dunningDesk.plans.columns.createdBy'), dataIndex: 'created_by', render: staffName },
        { title: t('dunningDesk.plans.columns.createdAt'), dataIndex: 'created_at', render: (at: string) => new Date(at).toLocaleString(locale) },
        { title: t('dunningDesk.plans.columns.approvedBy'), dataIndex: 'approved_by', render: staffName },
        ...(onDecide ? [{
          title: t('dunningDesk.plans.columns.actions'),
          key: 'actions',
          render: (_: unknown, row: PlanRow) => (
            <Space>
              {mayBeDecided(row.status, 'approve') && (
                <Button type="primary" size="small" onClick={() => onDecide(row, 'approve')} data-testid="dunning-plan-approve">{t('dunningDesk.plans.approve')}</Button>
              )}
              {mayBeDecided(row.status, 'cancel') && (
                <Popconfirm title={t('dunningDesk.plans.cancelConfirm')} onConfirm={() => onDecide(row, 'cancel')}>
                  <Button danger size="small" data-testid="dunning-plan-cancel">{t('dunningDesk.plans.cancel')}</Button>
                </Popconfirm>
              )}
            </Space>
          ),
        }] : []),
      ]}
    />
  );
}
