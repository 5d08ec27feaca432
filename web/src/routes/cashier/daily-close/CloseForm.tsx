// Counting the day: cash counted (exact, two places), the difference from the cash expected shown as it is typed,
// a reason required when there is one, the deposit reference; submit_daily_close checks the same again.
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { cashCount } from '../amounts';
import { CashCountFields } from '../CashCountFields';
import { submitClose, type DailyClose } from './queries';

interface Props {
  readonly projectId: string;
  readonly day: string;
  /** undefined: the day took no cash. */
  readonly expectedCash: string | undefined;
  /** The day's close as submitted, if it was. */
  readonly close: DailyClose | null;
  readonly onSubmitted: () => Promise<unknown>;
}

export function CloseForm({ projectId, day, expectedCash, close, onSubmitted }: Props) {
  const { t } = useI18n();
  const [counted, setCounted] = useState(close?.counted_cash ?? '');
  const [depositRef, setDepositRef] = useState(close?.deposit_ref ?? '');
  const [reason, setReason] = useState(close?.variance_reason ?? '');
  const { busy, error, run } = useAsyncAction();
  const verified = close?.status === 'verified';
  const count = cashCount(counted, expectedCash, reason);
  const { amount, needsReason } = count;
  const ready = count.ready && !verified;

  const submit = () => run(async () => {
    if (!amount.ok) return;
    await submitClose(projectId, day, { countedCash: amount.value.toFixed(2), depositRef, varianceReason: needsReason ? reason : '' });
    await onSubmitted();
  });

  return (
    <Form layout="vertical" disabled={verified} style={{ maxWidth: 560 }}>
      <Typography.Paragraph>
        {t('cashierDesk.close.expectedCash')}<strong data-testid="close-expected-cash">{formatMoney(expectedCash ?? '0')}</strong>
      </Typography.Paragraph>
      <CashCountFields count={count} counted={counted} onCounted={setCounted} reason={reason} onReason={setReason} disabled={verified} testId="close"
        labels={{ counted: t('cashierDesk.close.counted'), variance: t('cashierDesk.close.variance'), reason: t('cashierDesk.close.varianceReason') }} />
      <Form.Item label={t('cashierDesk.close.depositRef')}>
        <Input value={depositRef} onChange={(e) => setDepositRef(e.target.value)} data-testid="close-deposit" />
      </Form.Item>
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon data-testid="close-error" message={t('cashierDesk.close.failed')} description={error} />}
      <Space>
        <Button type="primary" disabled={!ready} loading={busy} onClick={() => void submit()} data-testid="close-submit">
          {close ? t('cashierDesk.close.resubmit') : t('cashierDesk.close.submit')}
        </Button>
      </Space>
    </Form>
  );
}
