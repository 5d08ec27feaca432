// What a day should hold, by payment method in the order the console lists methods, with the total.
import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { sumAmounts } from '../amounts';
import { PAYMENT_METHODS } from '../project';
import type { ByMethod } from './queries';

export function ExpectedByMethod({ expected, loading }: { readonly expected: ByMethod; readonly loading: boolean }) {
  const { t, enumLabel } = useI18n();
  const rows = PAYMENT_METHODS.filter((method) => method in expected).map((method) => ({ method, amount: expected[method]! }));
  return (
    <Table
      data-testid="close-expected"
      style={{ maxWidth: 560 }}
      size="small"
      rowKey="method"
      loading={loading}
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('cashierDesk.close.noPayments') }}
      // data-* attributes let the browser test find a method's row; antd's row props type does not list them.
      onRow={(row) => ({ 'data-method': row.method }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('cashierDesk.close.method'), dataIndex: 'method', render: (method: (typeof PAYMENT_METHODS)[number]) => enumLabel('payment_method', method) },
        { title: t('cashierDesk.close.expected'), dataIndex: 'amount', align: 'right', render: (amount: string) => formatMoney(amount) },
      ]}
      summary={() => rows.length > 1 && (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('cashierDesk.close.total')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">{formatMoney(sumAmounts(rows.map((row) => row.amount)))}</Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
