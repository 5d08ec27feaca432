// The phone tasks, one row per owner: who to call and on which number, about which bills and how much, at which
// stage and why; 记录通话 for those who may, the contact history for everyone.
import { Button, Space, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { StoryLink } from '../../owners/story/StoryLink';
import { BillsCell, OwnerCell, StagesCell } from '../cells';
import type { OwnerTasks } from '../worklist';

interface Props {
  readonly groups: readonly OwnerTasks[];
  readonly loading: boolean;
  readonly error: string | null;
  /** null: the user may not record calls. */
  readonly onCall: ((group: OwnerTasks) => void) | null;
  readonly onHistory: (group: OwnerTasks) => void;
}

export function TaskTable({ groups, loading, error, onCall, onHistory }: Props) {
  const { t, locale } = useI18n();
  return (
    <Table<OwnerTasks>
      data-testid="dunning-tasks"
      rowKey="key"
      size="middle"
      loading={loading}
      dataSource={[...groups]}
      locale={{ emptyText: error ?? t('dunningDesk.desk.noTasks') }}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      // data-* attributes let the browser test find an owner's row; antd's row props type does not list them.
      onRow={(group) => ({ 'data-testid': 'dunning-task', 'data-owner': group.ownerName ?? '' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('dunningDesk.desk.columns.owner'), key: 'owner', render: (_, group) => <OwnerCell group={group} /> },
        { title: t('dunningDesk.desk.columns.phone'), key: 'phone', render: (_, group) => group.phone ?? t('dunningDesk.desk.noPhone') },
        { title: t('dunningDesk.desk.columns.bills'), key: 'bills', render: (_, group) => <BillsCell group={group} /> },
        { title: t('dunningDesk.desk.columns.total'), key: 'total', align: 'right', render: (_, group) => <strong data-testid="dunning-total">{formatMoney(group.total)}</strong> },
        { title: t('dunningDesk.desk.columns.stage'), key: 'stage', render: (_, group) => <StagesCell group={group} /> },
        {
          title: t('dunningDesk.desk.columns.why'),
          key: 'why',
          render: (_, group) => group.why.map((why) => <div key={why['zh-CN']}>{why[locale]}</div>),
        },
        {
          title: t('dunningDesk.desk.columns.actions'),
          key: 'actions',
          render: (_, group) => (
            <Space>
              {onCall && group.ownerId && (
                <Button type="primary" size="small" onClick={() => onCall(group)} data-testid="dunning-record-call">{t('dunningDesk.desk.recordCall')}</Button>
              )}
              {group.ownerId && <Button size="small" onClick={() => onHistory(group)} data-testid="dunning-history">{t('dunningDesk.desk.history')}</Button>}
              {group.ownerId && <StoryLink ownerId={group.ownerId} />}
            </Space>
          ),
        },
      ]}
    />
  );
}
