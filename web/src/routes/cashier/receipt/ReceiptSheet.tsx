// One receipt (收据) as the payer gets it: the project, No., date and time, payer and rooms, method, what it paid
// (fee item and period of each bill) and what went to the prepaid balance, the total in figures and in capitals,
// the cashier. A void receipt carries a 作废 watermark and its reason; a reissued one names the receipt it replaces.
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { capitalAmount } from '../../notices/capital-amount';
import { localTime } from '../business-day';
import { formatReceiptNo } from '../receipt-no';
import type { ReceiptDocument } from './queries';
import './receipt.css';

interface Props {
  readonly receipt: ReceiptDocument;
  readonly projectName: string;
  readonly timeZone: string;
}

export function ReceiptSheet({ receipt, projectName, timeZone }: Props) {
  const { t, text, enumLabel } = useI18n();
  const rooms = receipt.rooms.join(t('cashierDesk.listSeparator'));
  const labelColumns = receipt.perRoom ? 3 : 2;
  return (
    <section className="fg-receipt" data-testid="receipt" data-status={receipt.status}>
      {receipt.status === 'void' && <div className="fg-receipt-watermark" data-testid="receipt-void">{t('cashierDesk.receipt.void')}</div>}
      <header className="fg-receipt-head">
        <div>{projectName}</div>
        <h2>{t('cashierDesk.receipt.title')}</h2>
        <div className="fg-receipt-no">No.<span data-testid="receipt-no">{formatReceiptNo(receipt.receiptNo)}</span></div>
      </header>
      <dl className="fg-receipt-meta">
        <dt>{t('cashierDesk.receipt.payer')}</dt>
        <dd data-testid="receipt-payer">{receipt.payerName ?? '—'}</dd>
        <dt>{t('cashierDesk.receipt.rooms')}</dt>
        <dd data-testid="receipt-rooms">{rooms}</dd>
        <dt>{t('cashierDesk.receipt.date')}</dt>
        <dd data-testid="receipt-date">{localTime(receipt.issuedAt, timeZone)}</dd>
        <dt>{t('cashierDesk.receipt.method')}</dt>
        <dd data-testid="receipt-method">{enumLabel('payment_method', receipt.method)}</dd>
      </dl>
      <table className="fg-receipt-table" data-testid="receipt-lines">
        <thead>
          <tr>
            {receipt.perRoom && <th>{t('cashierDesk.receipt.rooms')}</th>}
            <th>{t('cashierDesk.receipt.feeItem')}</th>
            <th>{t('cashierDesk.receipt.period')}</th>
            <th>{t('cashierDesk.receipt.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => (
            <tr key={line.billId}>
              {receipt.perRoom && <td>{line.roomNo}</td>}
              <td>{text(line.feeName)}</td>
              <td>{t('notices.periodRange', { start: line.periodStart, end: line.periodEnd })}</td>
              <td className="fg-money">{formatMoney(line.amount)}</td>
            </tr>
          ))}
          {receipt.toPrepaid && (
            <tr data-testid="receipt-prepaid">
              <td colSpan={labelColumns}>{t('cashierDesk.receipt.toPrepaid')}</td>
              <td className="fg-money">{formatMoney(receipt.toPrepaid)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={labelColumns}>{t('cashierDesk.receipt.total')}</th>
            <td className="fg-money" data-testid="receipt-total">{formatMoney(receipt.amount)}</td>
          </tr>
          <tr>
            <th colSpan={labelColumns}>{t('cashierDesk.receipt.capitals')}</th>
            <td className="fg-receipt-capitals" data-testid="receipt-capitals">{capitalAmount(receipt.amount)}</td>
          </tr>
        </tfoot>
      </table>
      {receipt.note && <p>{t('cashierDesk.receipt.note')}{receipt.note}</p>}
      {receipt.reissueOfNo !== null && (
        <p className="fg-receipt-remark" data-testid="receipt-reissue-of">{t('cashierDesk.receipt.reissueOf', { no: formatReceiptNo(receipt.reissueOfNo) })}</p>
      )}
      {receipt.voidReason && (
        <p className="fg-receipt-remark" data-testid="receipt-void-reason">{t('cashierDesk.receipt.voidReason', { reason: receipt.voidReason })}</p>
      )}
      <footer className="fg-receipt-foot">
        <span>{t('cashierDesk.receipt.cashier')}<span data-testid="receipt-cashier">{receipt.cashierName ?? '—'}</span></span>
        <span>{t('cashierDesk.receipt.office', { project: projectName })}</span>
      </footer>
    </section>
  );
}
