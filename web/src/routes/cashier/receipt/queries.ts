// A receipt as it is printed, read straight through supabase-js (RLS decides): the receipt with its payment and
// allocations, the bills they paid (bill_grid), the payer (the owner with their current rooms, or the unit), the
// number of the receipt it reissues, and who issued it.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { staffNames } from '../../policies/queries';
import type { PaymentMethod } from '../project';
import { rowsOf } from '../../../providers/query-rows';
import { receiptLines, type AllocatedBill, type Allocation, type ReceiptLines } from './receipt-lines';

export type ReceiptStatus = 'issued' | 'void';

export interface ReceiptDocument extends ReceiptLines {
  readonly receiptNo: number;
  readonly amount: string;
  readonly status: ReceiptStatus;
  readonly issuedAt: string;
  readonly voidReason: string | null;
  /** The number of the voided receipt this one replaces (补开). */
  readonly reissueOfNo: number | null;
  readonly method: PaymentMethod;
  readonly note: string | null;
  readonly payerName: string | null;
  readonly rooms: readonly string[];
  readonly cashierName: string | null;
}

/** The columns of a receipt both the receipt and the receipts list read (amount as text). */
export interface ReceiptRecord {
  readonly id: string;
  readonly receipt_no: number;
  readonly amount: string;
  readonly status: ReceiptStatus;
  readonly issued_at: string;
  readonly issued_by: string | null;
  readonly void_reason: string | null;
}

interface ReceiptRow extends ReceiptRecord {
  readonly reissue_of: string | null;
  readonly payment: {
    readonly method: PaymentMethod;
    readonly note: string | null;
    readonly owner: { readonly name: string; readonly ownerships: readonly { readonly unit: { readonly room_no: string } }[] } | null;
    readonly unit: { readonly room_no: string } | null;
    readonly allocations: readonly Allocation[];
  };
}

// Money as text: numeric as a JSON number would pass through a double.
const RECEIPT_COLUMNS = 'id,receipt_no,amount::text,status,issued_at,issued_by,void_reason,reissue_of,'
  + 'payment:payments(method,note,owner:owners(name,ownerships:unit_ownerships(unit:units(room_no))),unit:units(room_no),allocations:payment_allocations(bill_id,amount::text))';

export async function loadReceipt(receiptId: string): Promise<ReceiptDocument> {
  const receipt = await rowsOf<ReceiptRow>(db.from('receipts').select(RECEIPT_COLUMNS).eq('id', receiptId)
    .is('payment.owner.ownerships.to_date', null).single());
  const { payment } = receipt;
  const [bills, original, names] = await Promise.all([
    rowsOf<AllocatedBill[]>(db.from('bill_grid').select('id,room_no,fee_code,fee_name_zh,fee_name_en,period_start,period_end')
      .in('id', payment.allocations.map((a) => a.bill_id))),
    receipt.reissue_of ? rowsOf<{ receipt_no: number }>(db.from('receipts').select('receipt_no').eq('id', receipt.reissue_of).single()) : null,
    staffNames(receipt.issued_by ? [receipt.issued_by] : []),
  ]);
  const rooms = payment.owner ? payment.owner.ownerships.map((o) => o.unit.room_no).sort() : [payment.unit?.room_no ?? ''];
  return {
    ...receiptLines(receipt.amount, payment.allocations, bills),
    receiptNo: receipt.receipt_no,
    amount: receipt.amount,
    status: receipt.status,
    issuedAt: receipt.issued_at,
    voidReason: receipt.void_reason,
    reissueOfNo: original?.receipt_no ?? null,
    method: payment.method,
    note: payment.note,
    payerName: payment.owner?.name ?? null,
    rooms,
    cashierName: receipt.issued_by ? (names.get(receipt.issued_by) ?? null) : null,
  };
}
