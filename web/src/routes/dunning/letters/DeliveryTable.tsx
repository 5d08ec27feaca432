// Where each notice is in the outbox: queued, being sent, sent, or failed with the last error and how often it was
// tried (a failed message is retried after a backoff, or parked for someone to look at).
import { Table, Tag, Typography } from 'antd';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import type { OutboxRow, OutboxStatus } from '../letters';

const COLORS: Record<OutboxStatus, string> = { queued: 'default', sending: 'processing', sent: 'success', failed: 'error' };

export function DeliveryTable({ rows }: { readonly rows: readonly OutboxRow[] }) {
  const { t, locale } = useI18n();
  return (
    <Table<OutboxRow>
      data-testid="dunning-letters-delivery"
      rowKey="id"
      size="small"
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('dunningDesk.letters.columns.owner'), key: 'owner', render: (_, row) => row.payload.owner },
        { title: t('dunningDesk.letters.columns.address'), dataIndex: 'recipient' },
        { title: t('dunningDesk.letters.columns.on'), key: 'on', render: (_, row) => row.payload.on },
        { title: t('dunningDesk.letters.columns.total'), key: 'total', align: 'right', render: (_, row) => formatMoney(row.payload.total) },
        {
          title: t('dunningDesk.letters.columns.status'),
          dataIndex: 'status',
          render: (status: OutboxStatus) => <Tag color={COLORS[status]} data-testid="dunning-letter-status" data-status={status}>{t(`dunningDesk.letters.delivery.${status}`)}</Tag>,
        },
        { title: t('dunningDesk.letters.columns.attempts'), dataIndex: 'attempts' },
        { title: t('dunningDesk.letters.columns.error'), dataIndex: 'last_error', render: (error: string | null) => error && <Typography.Text type="danger">{error}</Typography.Text> },
        { title: t('dunningDesk.letters.columns.sentAt'), dataIndex: 'sent_at', render: (at: string | null) => (at ? new Date(at).toLocaleString(locale) : '—') },
      ]}
    />
  );
}
