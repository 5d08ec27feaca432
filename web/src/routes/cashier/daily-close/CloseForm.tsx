// Counting the day: cash counted (exact, two places), the difference from the cash expected shown as it is typed,
// a reason required when there is one, the deposit reference; submit_daily_close checks the same again.
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import Decimal from 'decimal.js';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { formatMoney } from '../../../fields/money';
import { fieldIssueText } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/use-i18n';
import { AMOUNT_RULES, cashVariance, readAmount } from '../amounts';
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
  const { t, locale } = useI18n();
  const [counted, setCounted] = useState(close?.counted_cash ?? '');
  const [depositRef, setDepositRef] = useState(close?.deposit_ref ?? '');
  const [reason, setReason] = useState(close?.variance_reason ?? '');
  const { busy, error, run } = useAsyncAction();
  const verified = close?.status === 'verified';
  const amount = readAmount(counted, AMOUNT_RULES.countedCash);
  const variance = amount.ok ? cashVariance(amount.value, expectedCash) : null;
  const needsReason = variance !== null && !new Decimal(variance).isZero();
  const ready = amount.ok && !(needsReason && reason.trim() === '') && !verified;

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
      <Form.Item label={t('cashierDesk.close.counted')} required validateStatus={amount.ok || counted === '' ? '' : 'error'}
        help={amount.ok || counted === '' ? undefined : fieldIssueText(locale, amount.issue)}>
        <Input prefix="¥" inputMode="decimal" value={counted} onChange={(e) => setCounted(e.target.value)} data-testid="close-counted" />
      </Form.Item>
      <Typography.Paragraph>
        {t('cashierDesk.close.variance')}
        <Typography.Text strong type={needsReason ? 'danger' : undefined} data-testid="close-variance">{variance === null ? '—' : formatMoney(variance)}</Typography.Text>
      </Typography.Paragraph>
      <Form.Item label={t('cashierDesk.close.varianceReason')} required={needsReason}>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} disabled={!needsReason || verified} data-testid="close-reason" />
      </Form.Item>
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
