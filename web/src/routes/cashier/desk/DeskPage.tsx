// 收银台: find the payer, see what they owe, take a payment and hand over its receipt, printed.
import { List } from '@refinedev/antd';
import { Alert, Empty, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { may } from '../permissions';
import { useCashierProject } from '../project';
import { ReceiptModal } from '../receipt/ReceiptModal';
import { PayerAccount } from './PayerAccount';
import { todayIn } from '../business-day';
import type { Payer } from './payers';
import { PayerSearch } from './PayerSearch';

/** Route /cashier/desk; the payer and receipt belong to one project: switching project starts afresh. */
export default function DeskPage() {
  const { project } = useProject();
  return <Desk key={project.id} projectId={project.id} />;
}

function Desk({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const { roles } = useProject();
  const settings = useCashierProject(projectId);
  const [payer, setPayer] = useState<Payer | null>(null);
  const [receiptId, setReceiptId] = useState<string | null>(null);
  const methods = may(roles, 'takePayments') ? (settings.data?.payment_methods ?? null) : null;

  return (
    <List title={t('cashier_desk.cashier_desk')}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {settings.error && <Alert type="error" showIcon message={settings.error.message} />}
        <PayerSearch projectId={projectId} value={payer} onChange={setPayer} />
        {payer && settings.data
          ? <PayerAccount key={payer.key} projectId={projectId} payer={payer} methods={methods} today={todayIn(settings.data.timezone)}
              onPosted={(outcome) => setReceiptId(outcome.receiptId)} />
          : <Empty description={t('cashierDesk.desk.choose')} />}
      </Space>
      {receiptId && <ReceiptModal receiptId={receiptId} onClose={() => setReceiptId(null)} />}
    </List>
  );
}
