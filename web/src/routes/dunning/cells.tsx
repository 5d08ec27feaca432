// How an owner's tasks read in the desk's and the legal escalation's tables: the owner with their rooms, the
// bills with their balances, the stages reached.
import { Tag } from 'antd';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { stageLabel } from './stages';
import type { OwnerTasks } from './worklist';

export function OwnerCell({ group }: { readonly group: OwnerTasks }) {
  const { t } = useI18n();
  const name = group.ownerName ?? t('dunningDesk.noOwner');
  return <span data-testid="dunning-owner">{t('dunningDesk.owner', { name, rooms: group.rooms.join(t('dunningDesk.listSeparator')) })}</span>;
}

export function BillsCell({ group }: { readonly group: OwnerTasks }) {
  const { t, text } = useI18n();
  return (
    <div data-testid="dunning-bills">
      {group.bills.map((bill) => (
        <div key={bill.id}>
          {t('dunningDesk.desk.bill', { room: bill.room, feeItem: text(bill.feeName), start: bill.periodStart, end: bill.periodEnd, balance: formatMoney(bill.balance) })}
        </div>
      ))}
    </div>
  );
}

export function StagesCell({ group }: { readonly group: OwnerTasks }) {
  const { t } = useI18n();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {group.stages.map((stage) => <Tag key={stage} color="orange" data-testid="dunning-stage" data-stage={stage}>{stageLabel(t, stage)}</Tag>)}
      <div>{t('dunningDesk.desk.since', { date: group.since })}</div>
    </span>
  );
}
