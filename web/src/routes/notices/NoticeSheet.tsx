// One payment notice (缴费通知单) as an owner receives it: one A4 page, plain HTML so the screen preview and the
// printed page are the same thing.
import Decimal from 'decimal.js';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { capitalAmount } from './capital-amount';
import type { Amount, Notice } from './group-notices';
import type { Office } from './queries';

const COLUMNS = [
  ['receivable', 'notices.sheet.receivable'],
  ['late_fee', 'notices.sheet.lateFee'],
  ['arrears_carried', 'notices.sheet.arrears'],
  ['paid', 'notices.sheet.paid'],
  ['balance', 'notices.sheet.balance'],
] as const satisfies ReadonlyArray<readonly [Amount, string]>;

interface Props {
  readonly notice: Notice;
  readonly office: Office;
  /** The period as the office names it, e.g. 2037年第1季度（2037-01-01 至 2037-03-31）. */
  readonly period: string;
  readonly issuedOn: string;
}

export function NoticeSheet({ notice, office, period, issuedOn }: Props) {
  const { t, text } = useI18n();
  const rooms = notice.rooms.join(t('notices.listSeparator'));
  const hasArrears = !new Decimal(notice.totals.arrears_carried).isZero();
  // 上期欠费 only when there is any; the room per line only when the notice covers several rooms.
  const columns = COLUMNS.filter(([amount]) => amount !== 'arrears_carried' || hasArrears);
  const perRoom = notice.rooms.length > 1;
  return (
    <section className="fg-notice" data-testid="notice">
      <header className="fg-notice-head">
        <div>{office.name}</div>
        <h2>{t('notices.title')}</h2>
      </header>
      <dl className="fg-notice-meta">
        <dt>{t('notices.sheet.rooms')}</dt>
        <dd data-testid="notice-rooms">{rooms}</dd>
        <dt>{t('notices.sheet.owner')}</dt>
        <dd data-testid="notice-owner">{notice.ownerName ?? '—'}</dd>
        <dt>{t('notices.sheet.period')}</dt>
        <dd>{period}</dd>
        <dt>{t('notices.sheet.dueDate')}</dt>
        <dd data-testid="notice-due">{notice.dueDate ?? t('notices.sheet.paidUp')}</dd>
      </dl>
      <p>{t('notices.sheet.greeting')}</p>
      <table className="fg-notice-table" data-testid="notice-items">
        <thead>
          <tr>
            {perRoom && <th>{t('notices.sheet.rooms')}</th>}
            <th>{t('notices.sheet.feeItem')}</th>
            <th>{t('notices.sheet.period')}</th>
            {columns.map(([amount, label]) => <th key={amount}>{t(label)}</th>)}
          </tr>
        </thead>
        <tbody>
          {notice.items.map((item) => (
            <tr key={`${item.roomNo}/${item.feeCode}`}>
              {perRoom && <td>{item.roomNo}</td>}
              <td>{text(item.feeName)}</td>
              <td>{t('notices.periodRange', { start: item.periodStart, end: item.periodEnd })}</td>
              {columns.map(([amount]) => <td key={amount} className="fg-money">{formatMoney(item[amount])}</td>)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={perRoom ? 3 : 2}>{t('notices.sheet.total')}</th>
            {columns.map(([amount]) => <td key={amount} className="fg-money">{formatMoney(notice.totals[amount])}</td>)}
          </tr>
        </tfoot>
      </table>
      <p className="fg-notice-total">
        {t('notices.sheet.totalDue')}<strong data-testid="notice-total">{formatMoney(notice.totals.balance)}</strong>
        {t('notices.sheet.capitals')}<strong data-testid="notice-capitals">{capitalAmount(notice.totals.balance)}</strong>
      </p>
      {hasArrears && <p className="fg-notice-note">{t('notices.sheet.arrearsNote')}</p>}
      <h3>{t('notices.sheet.channels')}</h3>
      {office.payment_channels.length > 0 ? (
        <ul className="fg-notice-channels" data-testid="notice-channels">
          {office.payment_channels.map((channel) => (
            <li key={channel.label}><strong>{channel.label}</strong>{channel.detail}</li>
          ))}
        </ul>
      ) : (
        <p>{t('notices.sheet.noChannels')}</p>
      )}
      <footer className="fg-notice-foot">
        <p>
          {t('notices.sheet.thanks')}
          {office.office_phone ? t('notices.sheet.phone', { phone: office.office_phone }) : t('notices.sheet.noPhone')}
        </p>
        <p className="fg-notice-sign">
          {t('notices.sheet.office', { project: office.name })}
          <br />
          {issuedOn}
        </p>
      </footer>
    </section>
  );
}
