// Voiding a receipt (finance): a reason, always; 同时冲销付款 also undoes the payment, which restores the bills it
// paid (and takes back what went to the prepaid balance). Without it the payment stands and the receipt can be
// reissued under a new number. A refusal stays in the dialog; nothing was changed.
import { Alert, Checkbox, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { formatReceiptNo } from '../receipt-no';
import { voidReceipt, type ReceiptRow } from './queries';

interface Props {
  readonly receipt: ReceiptRow;
  readonly onClose: () => void;
  readonly onVoided: () => void;
}

export function VoidModal({ receipt, onClose, onVoided }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [reverse, setReverse] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const submit = () => run(async () => {
    await voidReceipt(receipt.id, reason.trim(), reverse);
    onVoided();
  });

  return (
    <Modal
      open
      title={t('cashierDesk.receipts.voidDialog.title', { no: formatReceiptNo(receipt.receipt_no), amount: formatMoney(receipt.amount) })}
      okText={t('cashierDesk.receipts.void')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', 'data-testid': 'void-confirm' }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('cashierDesk.receipts.voidDialog.explain')}</Typography.Paragraph>
      <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('cashierDesk.receipts.voidDialog.reason')} data-testid="void-reason" />
      <Checkbox style={{ marginTop: 12 }} checked={reverse} onChange={(e) => setReverse(e.target.checked)} data-testid="void-reverse">
        {t('cashierDesk.receipts.voidDialog.reverse')}
      </Checkbox>
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon data-testid="void-error" message={t('cashierDesk.receipts.voidDialog.failed')} description={error} />}
    </Modal>
  );
}
