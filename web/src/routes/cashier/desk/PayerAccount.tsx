// One payer at the desk: their rooms, what they owe (payable bills, the total, late fees to date, bills still under
// review), their prepaid balance, promise to pay and installment plan; a payment for all of it oldest first, or for the chosen bills.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { sumAmounts } from '../amounts';
import type { PaymentMethod } from '../project';
import { OpenBillsTable } from './OpenBillsTable';
import { payerLabel } from './payer-label';
import type { Payer } from './payers';
import { PaymentModal } from './PaymentModal';
import { loadAccount, type PaymentOutcome } from './queries';

interface Props {
  readonly projectId: string;
  readonly payer: Payer;
  /** The methods the project takes; null: the role takes no payments. */
  readonly methods: readonly PaymentMethod[] | null;
  /** Today in the project's time zone: late fees accrue to it, promises are due from it. */
  readonly today: string;
  readonly onPosted: (outcome: PaymentOutcome) => void;
}

export function PayerAccount({ projectId, payer, methods, today, onPosted }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const queryKey = ['cashier-account', projectId, payer.key];
  const account = useQuery({ queryKey, queryFn: () => loadAccount(projectId, payer, today) });
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const [paying, setPaying] = useState(false);
  const bills = account.data?.bills ?? [];
  const chosen = bills.filter((bill) => chosenIds.includes(bill.id));

  const posted = (outcome: PaymentOutcome) => {
    setPaying(false);
    setChosenIds([]);
    void queryClient.invalidateQueries({ queryKey });
    onPosted(outcome);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="desk-payer">
      {account.error && <Alert type="error" showIcon message={account.error.message} />}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} bordered>
        <Descriptions.Item label={t('cashierDesk.desk.payer')}><span data-testid="desk-payer-name">{payerLabel(payer, t)}</span></Descriptions.Item>
        <Descriptions.Item label={t('cashierDesk.desk.outstanding')}>
          <Typography.Text strong data-testid="desk-outstanding">{formatMoney(sumAmounts(bills.map((bill) => bill.balance)))}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('cashierDesk.desk.prepaid')}><span data-testid="desk-prepaid">{formatMoney(account.data?.prepaid ?? '0')}</span></Descriptions.Item>
        <Descriptions.Item label={t('cashierDesk.desk.billCount')}>{t('cashierDesk.desk.bills', { count: bills.length })}</Descriptions.Item>
        <Descriptions.Item label={<Tooltip title={t('cashierDesk.desk.lateFeesHint')}>{t('cashierDesk.desk.lateFees')}</Tooltip>}>
          <span data-testid="desk-late-fees">{formatMoney(sumAmounts([...(account.data?.lateFees.values() ?? [])]))}</span>
        </Descriptions.Item>
      </Descriptions>
      {(account.data?.promisedUntil || account.data?.plan) && (
        <Space data-testid="desk-standing">
          {account.data.promisedUntil && <Tag color="blue">{t('cashierDesk.desk.promised', { date: account.data.promisedUntil })}</Tag>}
          {account.data.plan && (
            <Tag color="purple">{t('cashierDesk.desk.plan', { status: t(`dunningDesk.plans.status.${account.data.plan.status}`), total: formatMoney(account.data.plan.total) })}</Tag>
          )}
        </Space>
      )}
      {(account.data?.awaitingReview ?? 0) > 0 && (
        <Alert type="info" showIcon data-testid="desk-awaiting" message={t('cashierDesk.desk.awaiting', { count: account.data?.awaitingReview })} />
      )}
      {methods ? (
        <Space>
          <Button type="primary" disabled={!account.data} onClick={() => setPaying(true)} data-testid="desk-pay">
            {chosen.length > 0 ? t('cashierDesk.desk.payChosen', { count: chosen.length }) : t('cashierDesk.desk.pay')}
          </Button>
          {chosen.length > 0 && <Button onClick={() => setChosenIds([])}>{t('cashierDesk.desk.clearChosen')}</Button>}
        </Space>
      ) : (
        <Alert type="info" showIcon message={t('cashierDesk.desk.readOnly')} data-testid="desk-read-only" />
      )}
      <OpenBillsTable bills={bills} lateFees={account.data?.lateFees} loading={account.isLoading} chosen={methods ? { ids: chosenIds, onChange: setChosenIds } : null} />
      {paying && methods && (
        <PaymentModal projectId={projectId} payer={payer} outstanding={bills} chosen={chosen} methods={methods}
          onClose={() => setPaying(false)} onPosted={posted} />
      )}
    </Space>
  );
}
