// The project's daily closes for finance and HQ admins: those waiting to be verified (or all), each with the cashier,
// what the day held by method as submitted, counted cash, difference and its reason, deposit reference; 核对
// verifies one (verify_daily_close refuses a day whose payments changed since it was submitted).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { localTime } from '../business-day';
import { PAYMENT_METHODS } from '../project';
import { listCloses, verifyClose, type ByMethod, type DailyClose } from './queries';

export function ProjectCloses({ projectId, timeZone }: { readonly projectId: string; readonly timeZone: string }) {
  const { t, enumLabel } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pendingOnly, setPendingOnly] = useState(true);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [verifying, setVerifying] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['cashier-closes', projectId, pendingOnly, paging], queryFn: () => listCloses(projectId, pendingOnly, paging.page, paging.pageSize) });
  const byMethod = (expected: ByMethod) => PAYMENT_METHODS.filter((m) => m in expected)
    .map((m) => `${enumLabel('payment_method', m)} ${formatMoney(expected[m]!)}`).join(t('cashierDesk.listSeparator')) || '—';

  const verify = async (close: DailyClose) => {
    setVerifying(close.id);
    try {
      await verifyClose(close.id);
      message.success(t('cashierDesk.close.verified', { name: close.cashierName ?? '—', day: close.business_date }));
      await queryClient.invalidateQueries({ queryKey: ['cashier-closes', projectId] });
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setVerifying(null);
    }
  };

  return (
    <Card title={t('cashierDesk.close.project')} data-testid="close-project">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group optionType="button" value={pendingOnly} onChange={(e) => { setPendingOnly(e.target.value as boolean); setPaging({ ...paging, page: 1 }); }}
          options={[
            { value: true, label: <span data-testid="closes-pending">{t('cashierDesk.close.pendingOnly')}</span> },
            { value: false, label: <span data-testid="closes-all">{t('cashierDesk.close.all')}</span> },
          ]} />
        <Table<DailyClose>
          data-testid="closes-table"
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data?.rows ?? []}
          locale={{ emptyText: list.isError ? list.error.message : t('cashierDesk.close.none') }}
          scroll={{ x: 'max-content' }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          // data-* attributes let the browser test find a close's row; antd's row props type does not list them.
          onRow={(close) => ({ 'data-testid': 'close-row', 'data-close-id': close.id }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('cashierDesk.close.columns.day'), dataIndex: 'business_date' },
            { title: t('cashierDesk.close.columns.cashier'), dataIndex: 'cashierName', render: (name: string | null) => name ?? '—' },
            { title: t('cashierDesk.close.columns.expected'), dataIndex: 'expected', render: byMethod },
            { title: t('cashierDesk.close.columns.counted'), dataIndex: 'counted_cash', align: 'right', render: (amount: string | null) => (amount === null ? '—' : formatMoney(amount)) },
            { title: t('cashierDesk.close.columns.variance'), dataIndex: 'variance', align: 'right', render: (amount: string | null) => (amount === null ? '—' : formatMoney(amount)) },
            { title: t('cashierDesk.close.columns.reason'), dataIndex: 'variance_reason', render: (reason: string | null) => reason ?? '—' },
            { title: t('cashierDesk.close.columns.depositRef'), dataIndex: 'deposit_ref', render: (ref: string | null) => ref ?? '—' },
            {
              title: t('cashierDesk.close.columns.status'),
              key: 'status',
              render: (_, close) => (
                <Space direction="vertical" size={0}>
                  <Tag color={close.status === 'verified' ? 'success' : 'processing'} data-testid="close-row-status" data-status={close.status}>{t(`cashierDesk.close.status.${close.status}`)}</Tag>
                  {close.verified_at && <Typography.Text type="secondary">{t('cashierDesk.close.verifiedBy', { name: close.verifierName ?? '—', at: localTime(close.verified_at, timeZone) })}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('list.actions'),
              key: 'actions',
              render: (_, close) => close.status === 'submitted' && (
                <Button size="small" type="primary" loading={verifying === close.id} disabled={verifying !== null} onClick={() => void verify(close)} data-testid="close-verify">
                  {t('cashierDesk.close.verify')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
