// 法律升级: owners whose dunning reached legal escalation (the ladder's last stage, a task for the office), one row
// each, with the bills escalated, what the owner owes now on every reviewed bill and the conversations so far —
// for managers deciding whether to go to law or negotiate.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { BillsCell, OwnerCell } from '../cells';
import { ContactHistory } from '../desk/ContactHistory';
import { arrearsOf, legalTasks } from '../desk-queries';
import { isOneOf, TASK_STATUSES } from '../stages';
import { groupByOwner, type OwnerTasks } from '../worklist';

/** Route /dunning/legal */
export default function LegalPage() {
  const { project } = useProject();
  return <Legal key={project.id} projectId={project.id} />;
}

function Legal({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [history, setHistory] = useState<OwnerTasks | null>(null);
  const tasks = useQuery({ queryKey: ['dunning', projectId, 'legal'], queryFn: () => legalTasks(projectId) });
  const groups = useMemo(() => groupByOwner(tasks.data ?? []), [tasks.data]);
  const ownerIds = groups.flatMap((g) => (g.ownerId ? [g.ownerId] : []));
  const arrears = useQuery({ queryKey: ['dunning', projectId, 'arrears', ownerIds], queryFn: () => arrearsOf(projectId, ownerIds), enabled: ownerIds.length > 0 });
  const owes = (group: OwnerTasks) => {
    if (!arrears.data) return '—';
    const amount = group.ownerId ? arrears.data.get(group.ownerId)?.arrears : undefined;
    return amount === undefined ? t('dunningDesk.legal.paidUp') : <strong data-testid="dunning-legal-arrears">{formatMoney(amount)}</strong>;
  };

  return (
    <List title={t('dunning_legal.dunning_legal')}
      headerButtons={() => <Button onClick={() => void queryClient.invalidateQueries({ queryKey: ['dunning', projectId] })}>{t('dunningDesk.reload')}</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('dunningDesk.legal.hint')}</Typography.Paragraph>
        <Table<OwnerTasks>
          data-testid="dunning-legal"
          rowKey="key"
          size="middle"
          loading={tasks.isLoading}
          dataSource={groups}
          locale={{ emptyText: tasks.error?.message ?? t('dunningDesk.legal.none') }}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('dunningDesk.legal.columns.owner'), key: 'owner', render: (_, group) => <OwnerCell group={group} /> },
            { title: t('dunningDesk.legal.columns.phone'), key: 'phone', render: (_, group) => group.phone ?? t('dunningDesk.desk.noPhone') },
            { title: t('dunningDesk.legal.columns.bills'), key: 'bills', render: (_, group) => <BillsCell group={group} /> },
            {
              title: t('dunningDesk.legal.columns.arrears'),
              key: 'arrears',
              align: 'right',
              render: (_, group) => owes(group),
            },
            { title: t('dunningDesk.legal.columns.since'), key: 'since', render: (_, group) => group.since },
            {
              title: t('dunningDesk.legal.columns.status'),
              key: 'status',
              render: (_, group) => group.statuses.map((s) => <Tag key={s}>{isOneOf(TASK_STATUSES, s) ? t(`dunningDesk.taskStatus.${s}`) : s}</Tag>),
            },
            {
              title: t('dunningDesk.desk.columns.actions'),
              key: 'actions',
              render: (_, group) => group.ownerId && (
                <Button size="small" onClick={() => setHistory(group)} data-testid="dunning-history">{t('dunningDesk.desk.history')}</Button>
              ),
            },
          ]}
        />
      </Space>
      {history?.ownerId && (
        <ContactHistory projectId={projectId} owner={{ id: history.ownerId, name: history.ownerName ?? '' }} onClose={() => setHistory(null)} />
      )}
    </List>
  );
}
