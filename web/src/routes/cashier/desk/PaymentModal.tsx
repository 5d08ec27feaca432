// Taking a payment: amount (the chosen bills' balances, or all that is owed, to start with), method (those the
// project takes), note. The idempotency key is made once, when the dialog opens, and sent with every attempt: a
// double click or a retry after a lost answer gets the first posting back (post_payment replays the key), never a
// second one. What goes beyond the bills is shown before posting: it becomes the owner's prepaid balance.
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import Decimal from 'decimal.js';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { formatMoney } from '../../../fields/money';
import { fieldIssueText } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/use-i18n';
import { AMOUNT_RULES, defaultAmount, paymentSplit, readAmount, sumAmounts } from '../amounts';
import type { PaymentMethod } from '../project';
import { payerLabel } from './payer-label';
import type { Payer } from './payers';
import { postPayment, type OpenBill, type PaymentOutcome } from './queries';

interface Props {
  readonly projectId: string;
  readonly payer: Payer;
  readonly outstanding: readonly OpenBill[];
  /** Bills chosen to pay; none: all outstanding, oldest due date first. */
  readonly chosen: readonly OpenBill[];
  readonly methods: readonly PaymentMethod[];
  readonly onClose: () => void;
  readonly onPosted: (outcome: PaymentOutcome) => void;
}

export function PaymentModal({ projectId, payer, outstanding, chosen, methods, onClose, onPosted }: Props) {
  const { t, locale, enumLabel } = useI18n();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [amountText, setAmountText] = useState(() => defaultAmount(chosen, outstanding));
  const [method, setMethod] = useState<PaymentMethod>(() => (methods.includes('cash') ? 'cash' : methods[0]!));
  const [note, setNote] = useState('');
  const { busy, error, run } = useAsyncAction();

  const targets = chosen.length > 0 ? chosen : outstanding;
  const owed = sumAmounts(targets.map((bill) => bill.balance));
  const amount = readAmount(amountText, AMOUNT_RULES.payment);
  const split = amount.ok ? paymentSplit(amount.value, owed) : null;
  const toPrepaid = split && !new Decimal(split.toPrepaid).isZero() ? split.toPrepaid : null;
  // Only an owner holds a prepaid balance: a unit nobody owns pays at most what it owes.
  const refused = toPrepaid !== null && payer.ownerId === null;

  const submit = () => run(async () => {
    if (!amount.ok) return;
    onPosted(await postPayment({
      projectId, payer, amount: amount.value.toFixed(2), method, idempotencyKey, note,
      billIds: chosen.length > 0 ? chosen.map((bill) => bill.id) : null,
    }));
  });

  return (
    <Modal
      open
      title={t('cashierDesk.pay.title', { payer: payerLabel(payer, t) })}
      okText={t('cashierDesk.pay.confirm')}
      okButtonProps={{ disabled: !amount.ok || refused, 'data-testid': 'pay-confirm' }}
      cancelButtonProps={{ disabled: busy }}
      confirmLoading={busy}
      maskClosable={false}
      closable={!busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph data-testid="pay-target">
        {chosen.length > 0
          ? t('cashierDesk.pay.chosenBills', { count: chosen.length, total: formatMoney(owed) })
          : t('cashierDesk.pay.allBills', { count: outstanding.length, total: formatMoney(owed) })}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('cashierDesk.pay.amount')} required validateStatus={amount.ok ? '' : 'error'}
          help={amount.ok ? undefined : fieldIssueText(locale, amount.issue)}>
          <Input prefix="¥" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} data-testid="pay-amount" />
        </Form.Item>
        {toPrepaid && (
          <Alert style={{ marginBottom: 16 }} showIcon type={refused ? 'error' : 'info'} data-testid="pay-prepaid"
            message={refused ? t('cashierDesk.pay.unownedOverpaid', { owed: formatMoney(owed) }) : t('cashierDesk.pay.toPrepaid', { amount: formatMoney(toPrepaid) })} />
        )}
        <Form.Item label={t('cashierDesk.pay.method')} required>
          <Radio.Group optionType="button" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}
            options={methods.map((m) => ({ value: m, label: <span data-testid={`pay-method-${m}`}>{enumLabel('payment_method', m)}</span> }))} />
        </Form.Item>
        <Form.Item label={t('cashierDesk.pay.note')}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} data-testid="pay-note" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon data-testid="pay-error" message={t('cashierDesk.pay.failed')} description={error} />}
    </Modal>
  );
}
