// Cash counted against cash expected, as the daily close and the parking handover ask for it: the amount read like
// any money field, the difference shown as it is typed, and a reason required when there is one (the database
// checks the same again).
import { Form, Input, Typography } from 'antd';
import { formatMoney } from '../../fields/money';
import { fieldIssueText } from '../../i18n/messages';
import { useI18n } from '../../i18n/use-i18n';
import type { CashCount } from './amounts';

interface Props {
  readonly count: CashCount;
  readonly counted: string;
  readonly onCounted: (text: string) => void;
  readonly reason: string;
  readonly onReason: (text: string) => void;
  readonly labels: { readonly counted: string; readonly variance: string; readonly reason: string };
  /** Test ids: `${testId}-counted`, `-variance`, `-reason`. */
  readonly testId: string;
  readonly disabled?: boolean;
}

export function CashCountFields({ count, counted, onCounted, reason, onReason, labels, testId, disabled = false }: Props) {
  const { locale } = useI18n();
  const { amount, variance, needsReason } = count;
  return (
    <>
      <Form.Item label={labels.counted} required validateStatus={amount.ok || counted === '' ? '' : 'error'}
        help={amount.ok || counted === '' ? undefined : fieldIssueText(locale, amount.issue)}>
        <Input prefix="¥" inputMode="decimal" value={counted} onChange={(e) => onCounted(e.target.value)} data-testid={`${testId}-counted`} />
      </Form.Item>
      <Typography.Paragraph>
        {labels.variance}
        <Typography.Text strong type={needsReason ? 'danger' : undefined} data-testid={`${testId}-variance`}>{variance === null ? '—' : formatMoney(variance)}</Typography.Text>
      </Typography.Paragraph>
      <Form.Item label={labels.reason} required={needsReason}>
        <Input.TextArea value={reason} onChange={(e) => onReason(e.target.value)} disabled={!needsReason || disabled} data-testid={`${testId}-reason`} />
      </Form.Item>
    </>
  );
}
