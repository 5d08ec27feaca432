// The payer's payable bills, oldest due date first (the order a payment without chosen bills pays them in); rows
// can be chosen to pay just those.
import { Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import type { OpenBill } from './queries';
import { stageLabel } from '../../dunning/stages';

interface Props {
  readonly bills: readonly OpenBill[];
  /** Bill id → late fee accrued to today. */
  readonly lateFees: ReadonlyMap<string, string> | undefined;
  readonly loading: boolean;
  /** null: the role takes no payments, nothing to choose. */
  readonly chosen: { readonly ids: readonly string[]; readonly onChange: (ids: string[]) => void } | null;
}

export function OpenBillsTable({ bills, lateFees, loading, chosen }: Props) {
  const { t, text } = useI18n();
  const money = (amount: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(amount)}</span>;
  return (
    <Table<OpenBill>
      data-testid="desk-bills"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...bills]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('cashierDesk.desk.noBills') }}
      rowSelection={chosen ? { selectedRowKeys: [...chosen.ids], onChange: (keys) => chosen.onChange(keys as string[]) } : undefined}
      // data-* attributes let the browser test find a bill's row; antd's row props type does not list them.
      onRow={(bill) => ({ 'data-testid': 'desk-bill-row', 'data-bill-id': bill.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('cashierDesk.columns.room'), key: 'room', render: (_, bill) => bill.unit.room_no },
        { title: t('cashierDesk.columns.feeItem'), key: 'feeItem', render: (_, bill) => text({ 'zh-CN': bill.fee_item.name_zh, en: bill.fee_item.name_en }) },
        { title: t('cashierDesk.columns.period'), key: 'period', render: (_, bill) => `${bill.period_start} ~ ${bill.period_end}` },
        { title: t('cashierDesk.columns.dueDate'), dataIndex: 'due_date', render: (due: string | null) => due ?? '—' },
        { title: t('cashierDesk.columns.totalDue'), dataIndex: 'total_due', align: 'right', render: money },
        { title: t('cashierDesk.columns.paid'), dataIndex: 'paid', align: 'right', render: money },
        { title: t('cashierDesk.columns.balance'), dataIndex: 'balance', align: 'right', render: money },
        { title: t('cashierDesk.columns.lateFee'), key: 'lateFee', align: 'right', render: (_, bill) => money(lateFees?.get(bill.id) ?? '0.00') },
        { title: t('cashierDesk.columns.status'), dataIndex: 'status', render: (status: OpenBill['status']) => <Tag>{t(`bills.status.${status}`)}</Tag> },
        { title: t('cashierDesk.columns.dunning'), dataIndex: 'dunning_stage', render: (stage: string | null) => (stage ? stageLabel(t, stage) : '—') },
      ]}
    />
  );
}
