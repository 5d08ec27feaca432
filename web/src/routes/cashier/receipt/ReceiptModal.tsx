// A receipt on screen as it prints (A5 landscape), with 打印. Opened by the desk after a payment and by the
// receipts list; it reads the receipt afresh, so a void or a reissue shows as soon as it happened.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Spin } from 'antd';
import { PrintSheets, printAs } from '../../../components/print/PrintSheets';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { useCashierProject } from '../project';
import { formatReceiptNo } from '../receipt-no';
import { loadReceipt } from './queries';
import { ReceiptSheet } from './ReceiptSheet';

export function ReceiptModal({ receiptId, onClose }: { readonly receiptId: string; readonly onClose: () => void }) {
  const { t } = useI18n();
  const { project } = useProject();
  const settings = useCashierProject(project.id);
  const receipt = useQuery({ queryKey: ['cashier-receipt', receiptId], queryFn: () => loadReceipt(receiptId) });
  const error = receipt.error ?? settings.error;
  const print = () => receipt.data && printAs(`${t('cashierDesk.receipt.title')}-${project.name}-${formatReceiptNo(receipt.data.receiptNo)}`);

  return (
    <Modal
      open
      width={860}
      title={t('cashierDesk.receipt.title')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose} data-testid="receipt-close">{t('cashierDesk.receipt.close')}</Button>,
        <Button key="print" type="primary" disabled={!receipt.data} onClick={print} data-testid="receipt-print">{t('cashierDesk.receipt.print')}</Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {receipt.data && settings.data ? (
        <PrintSheets paper="a5-landscape" testId="receipt-preview">
          <ReceiptSheet receipt={receipt.data} projectName={settings.data.name} timeZone={settings.data.timezone} />
        </PrintSheets>
      ) : (
        !error && <Spin style={{ display: 'block', margin: 48 }} />
      )}
    </Modal>
  );
}
