// What a receipt lists: each allocation of its payment as the bill it paid (room, fee item, period, amount), in
// period order, and what the payment put into the prepaid balance (the amount beyond its allocations).
import Decimal from 'decimal.js';
import type { LocalizedText } from '../../../i18n/locales';
import { sumAmounts } from '../amounts';

export interface Allocation {
  readonly bill_id: string;
  readonly amount: string;
}

export interface AllocatedBill {
  readonly id: string;
  readonly room_no: string;
  readonly fee_code: string;
  readonly fee_name_zh: string;
  readonly fee_name_en: string;
  readonly period_start: string;
  readonly period_end: string;
}

export interface ReceiptLine {
  readonly billId: string;
  readonly roomNo: string;
  readonly feeCode: string;
  readonly feeName: LocalizedText;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly amount: string;
}

export interface ReceiptLines {
  readonly lines: readonly ReceiptLine[];
  /** What went to the prepaid balance; null when the payment went wholly to bills. */
  readonly toPrepaid: string | null;
  /** Whether the lines name their room: only when they are of several rooms. */
  readonly perRoom: boolean;
}

export function receiptLines(paymentAmount: string, allocations: readonly Allocation[], bills: readonly AllocatedBill[]): ReceiptLines {
  const billsById = new Map(bills.map((bill) => [bill.id, bill]));
  const lines = allocations.map((allocation): ReceiptLine => {
    const bill = billsById.get(allocation.bill_id);
    if (!bill) throw new Error(`bill ${allocation.bill_id} of the receipt could not be read`);
    return {
      billId: bill.id,
      roomNo: bill.room_no,
      feeCode: bill.fee_code,
      feeName: { 'zh-CN': bill.fee_name_zh, en: bill.fee_name_en },
      periodStart: bill.period_start,
      periodEnd: bill.period_end,
      amount: allocation.amount,
    };
  });
  lines.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.roomNo.localeCompare(b.roomNo) || a.feeCode.localeCompare(b.feeCode));
  const toPrepaid = new Decimal(paymentAmount).minus(sumAmounts(lines.map((line) => line.amount)));
  return { lines, toPrepaid: toPrepaid.isZero() ? null : toPrepaid.toFixed(2), perRoom: new Set(lines.map((line) => line.roomNo)).size > 1 };
}
