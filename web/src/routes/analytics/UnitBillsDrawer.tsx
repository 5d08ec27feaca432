// A unit's bills (bill_grid): each fee item and period with its amount, what was paid, the balance, the status
// and the due date — the bottom of the drill-down.
import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { billColumns, type NameOf } from './columns';
import { DataTable } from './DataTable';
import { BILLS_SHOWN, unitBills } from './queries';
import type { UnitBill, UnitCollectionRow } from './rows';

export function UnitBillsDrawer({ unit, onClose }: { readonly unit: UnitCollectionRow; readonly onClose: () => void }) {
  const { t, text } = useI18n();
  const bills = useQuery({ queryKey: ['analytics', 'unit-bills', unit.unit_id], queryFn: () => unitBills(unit.unit_id) });
  const feeName = useCallback<NameOf<UnitBill>>((b) => text({ 'zh-CN': b.fee_name_zh, en: b.fee_name_en }), [text]);
  const statusName = useCallback<NameOf<UnitBill>>((b) => t(`bills.status.${b.status}`), [t]);
  const columns = useMemo(() => billColumns(feeName, statusName), [feeName, statusName]);
  const title = [unit.room_no, unit.owner_name].filter(Boolean).join(' · ');
  return (
    <Drawer open width={960} onClose={onClose} title={t('dashboard.unitBills', { room: title })} data-testid="analytics-unit-bills">
      <Typography.Paragraph type="secondary">{t('dashboard.unitBillsHint', { count: BILLS_SHOWN })}</Typography.Paragraph>
      {bills.error && <Alert type="error" showIcon message={bills.error.message} />}
      <DataTable columns={columns} rows={bills.data} rowKey={(b) => b.id} loading={bills.isLoading} testId="analytics-unit-bills-table" pageSize={50} />
    </Drawer>
  );
}
