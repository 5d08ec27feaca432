// The project's handovers: attendant, day, each line with its receipt number, collected against cash handed over.
import { Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { listHandovers, type Handover } from './queries';
import { formatReceiptNo } from '../receipt-no';

export function HandoverList({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: ['parking-handovers', projectId, paging], queryFn: () => listHandovers(projectId, paging.page, paging.pageSize) });
  const money = (a: string) => formatMoney(a);
  return (
    <Table<Handover> size="small" rowKey="id" loading={list.isLoading} dataSource={list.data?.rows ?? []} data-testid="handover-list"
      pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
      columns={[
        { title: t('parkingHandover.day'), dataIndex: 'business_date' },
        { title: t('parkingHandover.attendant'), render: (_, h) => h.attendantName ?? '—' },
        { title: t('parkingHandover.lines'), render: (_, h) => h.lines.map((l) => `${l.spaceCode} ${money(l.amount)}（${formatReceiptNo(l.receiptNo)}）`).join('；') },
        { title: t('parkingHandover.collected'), dataIndex: 'collected', align: 'right', render: money },
        { title: t('parkingHandover.cashHanded'), dataIndex: 'cash_handed', align: 'right', render: money },
        { title: t('parkingHandover.variance'), dataIndex: 'variance', align: 'right', render: money },
        { title: t('parkingHandover.varianceReason'), dataIndex: 'variance_reason' },
      ]} />
  );
}
