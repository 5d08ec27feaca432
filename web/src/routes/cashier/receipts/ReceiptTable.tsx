// The receipts, one row each: number, time, payer, amount, method, cashier, status (with what became of a void
// one); 查看 opens it for printing, 作废 and 补开 are offered only where the role and the receipt allow them.
import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { localTime } from '../business-day';
import { formatReceiptNo } from '../receipt-no';
import type { ReceiptRow } from './queries';

interface Props {
  /** The page of receipts as the query has it. */
  readonly list: { readonly data?: { readonly rows: readonly ReceiptRow[]; readonly total: number }; readonly isLoading: boolean; readonly error: Error | null };
  readonly paging: { readonly page: number; readonly pageSize: number };
  readonly timeZone: string;
  readonly mayVoid: boolean;
  readonly mayReissue: boolean;
  readonly onPage: (page: number, pageSize: number) => void;
  readonly onOpen: (row: ReceiptRow) => void;
  readonly onVoid: (row: ReceiptRow) => void;
  readonly onReissue: (row: ReceiptRow) => void;
}

export function ReceiptTable({ list, paging, timeZone, mayVoid, mayReissue, onPage, onOpen, onVoid, onReissue }: Props) {
  const { t, enumLabel } = useI18n();
  const reissuable = (row: ReceiptRow) => row.status === 'void' && !row.reversed && row.reissuedAs === null;
  return (
    <Table<ReceiptRow>
      data-testid="receipt-table"
      rowKey="id"
      size="middle"
      loading={list.isLoading}
      dataSource={[...(list.data?.rows ?? [])]}
      locale={{ emptyText: list.error?.message ?? t('cashierDesk.receipts.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: onPage }}
      // data-* attributes let the browser test find a receipt's row; antd's row props type does not list them.
      onRow={(row) => ({ 'data-testid': 'receipt-row', 'data-receipt-no': row.receipt_no }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('cashierDesk.receipts.columns.no'), dataIndex: 'receipt_no', render: formatReceiptNo },
        { title: t('cashierDesk.receipts.columns.issuedAt'), dataIndex: 'issued_at', render: (at: string) => localTime(at, timeZone) },
        { title: t('cashierDesk.receipts.columns.payer'), key: 'payer', render: (_, row) => row.payment.owner?.name ?? row.payment.unit?.room_no ?? '—' },
        { title: t('cashierDesk.receipts.columns.amount'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatMoney(amount) },
        { title: t('cashierDesk.receipts.columns.method'), key: 'method', render: (_, row) => enumLabel('payment_method', row.payment.method) },
        { title: t('cashierDesk.receipts.columns.cashier'), dataIndex: 'cashierName', render: (name: string | null) => name ?? '—' },
        {
          title: t('cashierDesk.receipts.columns.status'),
          key: 'status',
          render: (_, row) => (
            <Space size={4} wrap data-testid="receipt-row-status" data-status={row.status}>
              <Tag color={row.status === 'void' ? 'error' : 'success'}>{t(`cashierDesk.receipts.status.${row.status}`)}</Tag>
              {row.reversed && <Tag>{t('cashierDesk.receipts.reversed')}</Tag>}
              {row.reissuedAs !== null && <Tag>{t('cashierDesk.receipts.reissuedAs', { no: formatReceiptNo(row.reissuedAs) })}</Tag>}
              {row.void_reason && <Typography.Text type="secondary">{row.void_reason}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t('list.actions'),
          key: 'actions',
          render: (_, row) => (
            <Space size={4}>
              <Button size="small" onClick={() => onOpen(row)} data-testid="receipt-open">{t('cashierDesk.receipts.open')}</Button>
              {mayVoid && row.status === 'issued' && (
                <Button size="small" danger onClick={() => onVoid(row)} data-testid="receipt-void">{t('cashierDesk.receipts.void')}</Button>
              )}
              {mayReissue && reissuable(row) && (
                <Popconfirm title={t('cashierDesk.receipts.reissueConfirm', { no: formatReceiptNo(row.receipt_no) })} onConfirm={() => onReissue(row)}
                  okButtonProps={{ 'data-testid': 'receipt-reissue-confirm' }}>
                  <Button size="small" data-testid="receipt-reissue">{t('cashierDesk.receipts.reissue')}</Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
