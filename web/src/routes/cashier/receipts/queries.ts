// The receipts list and what finance and cashiers do to a receipt, straight through supabase-js (RLS and the RPCs
// decide): a page of the project's receipts issued in a span of days, with payer, method and cashier, and for the
// void ones whether their payment was reversed and which receipt replaced them; void_receipt and reissue_receipt.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { staffNames } from '../../policies/queries';
import type { PaymentMethod } from '../project';
import type { ReceiptRecord, ReceiptStatus } from '../receipt/queries';
import { pageOf, rowsOf } from '../../../providers/query-rows';

export interface ReceiptFilter {
  /** Issued at or after this instant, and before `before` (ISO). */
  readonly from: string;
  readonly before: string;
  /** null: every status. */
  readonly status: ReceiptStatus | null;
}

interface ListedRow extends ReceiptRecord {
  readonly payment_id: string;
  readonly payment: {
    readonly method: PaymentMethod;
    readonly owner: { readonly name: string } | null;
    readonly unit: { readonly room_no: string } | null;
  };
}

export interface ReceiptRow extends ListedRow {
  readonly cashierName: string | null;
  /** Void receipts: the payment was undone (nothing to reissue). */
  readonly reversed: boolean;
  /** Void receipts: the number of the receipt that replaced it. */
  readonly reissuedAs: number | null;
}

const COLUMNS = 'id,receipt_no,amount::text,status,issued_at,issued_by,void_reason,payment_id,payment:payments(method,owner:owners(name),unit:units(room_no))';

/** One page of receipts, newest number first, and how many match. */
export async function listReceipts(projectId: string, filter: ReceiptFilter, page: number, pageSize: number): Promise<{ rows: ReceiptRow[]; total: number }> {
  let query = db.from('receipts').select(COLUMNS, { count: 'exact' }).eq('project_id', projectId)
    .gte('issued_at', filter.from).lt('issued_at', filter.before);
  if (filter.status) query = query.eq('status', filter.status);
  const from = (page - 1) * pageSize;
  const listed = await pageOf<ListedRow>(query.order('receipt_no', { ascending: false }).range(from, from + pageSize - 1));
  const voided = listed.rows.filter((row) => row.status === 'void');
  const [names, reissues, reversals] = await Promise.all([
    staffNames(listed.rows.flatMap((row) => (row.issued_by ? [row.issued_by] : []))),
    rowsOf<{ reissue_of: string; receipt_no: number }[]>(db.from('receipts').select('reissue_of,receipt_no').in('reissue_of', voided.map((row) => row.id))),
    rowsOf<{ reverses_payment_id: string }[]>(db.from('payments').select('reverses_payment_id').in('reverses_payment_id', voided.map((row) => row.payment_id))),
  ]);
  const reissuedAs = new Map(reissues.map((r) => [r.reissue_of, r.receipt_no]));
  const reversed = new Set(reversals.map((r) => r.reverses_payment_id));
  return {
    total: listed.total,
    rows: listed.rows.map((row) => ({
      ...row,
      cashierName: row.issued_by ? (names.get(row.issued_by) ?? null) : null,
      reversed: reversed.has(row.payment_id),
      reissuedAs: reissuedAs.get(row.id) ?? null,
    })),
  };
}

export async function voidReceipt(receiptId: string, reason: string, reverse: boolean): Promise<void> {
  await rowsOf(db.rpc('void_receipt', { p_receipt_id: receiptId, p_reason: reason, p_reverse: reverse }));
}

/** The new receipt's id and number. */
export async function reissueReceipt(receiptId: string): Promise<{ receiptId: string; receiptNo: number }> {
  return rowsOf(db.rpc('reissue_receipt', { p_receipt_id: receiptId }));
}
