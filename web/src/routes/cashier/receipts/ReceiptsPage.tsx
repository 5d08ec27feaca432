// 收据: the project's receipts by business days and status. Anyone may open one to print it; finance and HQ
// admins void one (with a reason, optionally reversing its payment); cashiers, finance and HQ admins reissue a
// void receipt whose payment stands, under the next number — and the new receipt opens, ready to print.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { daysSpan, todayIn } from '../business-day';
import { may } from '../permissions';
import { useCashierProject, type CashierProject } from '../project';
import { ReceiptModal } from '../receipt/ReceiptModal';
import { formatReceiptNo } from '../receipt-no';
import { listReceipts, reissueReceipt, type ReceiptRow } from './queries';
import { ReceiptFilters, type ReceiptFilterState } from './ReceiptFilters';
import { ReceiptTable } from './ReceiptTable';
import { VoidModal } from './VoidModal';

/** Days the list starts with: the last week, today included. */
const DEFAULT_DAYS = 7;

/** Route /cashier/receipts */
export default function ReceiptsPage() {
  const { project } = useProject();
  const settings = useCashierProject(project.id);
  if (settings.error) return <Alert type="error" showIcon message={settings.error.message} />;
  // Filters are business days of the project's time zone: wait for it.
  return settings.data ? <Receipts key={project.id} projectId={project.id} settings={settings.data} /> : <Spin style={{ display: 'block', margin: 48 }} />;
}

function Receipts({ projectId, settings }: { readonly projectId: string; readonly settings: CashierProject }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useProject();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ReceiptFilterState>(() => {
    const today = todayIn(settings.timezone);
    return { from: dayjs(today).subtract(DEFAULT_DAYS - 1, 'day').format('YYYY-MM-DD'), to: today, status: 'all' };
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [opened, setOpened] = useState<string | null>(null);
  const [voiding, setVoiding] = useState<ReceiptRow | null>(null);
  const list = useQuery({
    queryKey: ['cashier-receipts', projectId, filters, paging],
    queryFn: () => listReceipts(projectId, { ...daysSpan(filters.from, filters.to, settings.timezone), status: filters.status === 'all' ? null : filters.status },
      paging.page, paging.pageSize),
  });
  // A void or a reissue changes the list and the receipt's own view.
  const reload = () => Promise.all([
    queryClient.invalidateQueries({ queryKey: ['cashier-receipts', projectId] }),
    queryClient.invalidateQueries({ queryKey: ['cashier-receipt'] }),
  ]);
  const voided = (row: ReceiptRow) => {
    setVoiding(null);
    message.success(t('cashierDesk.receipts.voided', { no: formatReceiptNo(row.receipt_no) }));
    void reload();
  };
  const reissue = async (row: ReceiptRow) => {
    try {
      const reissued = await reissueReceipt(row.id);
      message.success(t('cashierDesk.receipts.reissued', { no: formatReceiptNo(reissued.receiptNo), of: formatReceiptNo(row.receipt_no) }));
      await reload();
      setOpened(reissued.receiptId);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <List title={t('receipts.receipts')} headerButtons={() => <Button onClick={() => void reload()} data-testid="receipts-reload">{t('cashierDesk.reload')}</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <ReceiptFilters value={filters} onChange={(next) => { setFilters(next); setPaging({ ...paging, page: 1 }); }} />
        <ReceiptTable
          list={list}
          paging={paging}
          timeZone={settings.timezone}
          mayVoid={may(roles, 'voidReceipts')}
          mayReissue={may(roles, 'reissueReceipts')}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onOpen={(row) => setOpened(row.id)}
          onVoid={setVoiding}
          onReissue={(row) => void reissue(row)}
        />
      </Space>
      {opened && <ReceiptModal receiptId={opened} onClose={() => setOpened(null)} />}
      {voiding && <VoidModal receipt={voiding} onClose={() => setVoiding(null)} onVoided={() => voided(voiding)} />}
    </List>
  );
}
