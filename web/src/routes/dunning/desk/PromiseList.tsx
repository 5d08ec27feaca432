// Promises to pay still to come, one per owner (the latest date they promised): their dunning is paused until then.
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { promisesFrom } from '../desk-queries';
import { pausedOwners, type PromiseRow } from '../promises';
import { useStaffNames } from '../use-staff-names';

export function PromiseList({ projectId, asOf }: { readonly projectId: string; readonly asOf: string }) {
  const { t, locale } = useI18n();
  const rows = useQuery({ queryKey: ['dunning', projectId, 'promises', asOf], queryFn: () => promisesFrom(projectId, asOf) });
  const paused = useMemo(() => pausedOwners(rows.data ?? [], asOf), [rows.data, asOf]);
  const agentName = useStaffNames(paused.map((row) => row.agent_id));
  return (
    <Card title={t('dunningDesk.promises.title')} size="small">
      <Typography.Paragraph type="secondary">{t('dunningDesk.promises.hint')}</Typography.Paragraph>
      <Table<PromiseRow>
        data-testid="dunning-promises"
        rowKey="id"
        size="small"
        loading={rows.isLoading}
        dataSource={paused}
        locale={{ emptyText: rows.error?.message ?? t('dunningDesk.promises.none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('dunningDesk.promises.columns.owner'), key: 'owner', render: (_, row) => row.owner?.name ?? '—' },
          { title: t('dunningDesk.promises.columns.phone'), key: 'phone', render: (_, row) => row.owner?.phone ?? '—' },
          { title: t('dunningDesk.promises.columns.promiseDate'), dataIndex: 'promise_date', render: (day: string) => <strong data-testid="dunning-promise-date">{day}</strong> },
          { title: t('dunningDesk.promises.columns.summary'), dataIndex: 'summary' },
          { title: t('dunningDesk.promises.columns.recordedAt'), dataIndex: 'contacted_at', render: (at: string) => new Date(at).toLocaleString(locale) },
          { title: t('dunningDesk.promises.columns.agent'), dataIndex: 'agent_id', render: agentName },
        ]}
      />
    </Card>
  );
}
