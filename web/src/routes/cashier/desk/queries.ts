// What the desk reads and writes, straight through supabase-js (RLS decides what a user sees): payers found by room
// number, name or phone; a payer's payable bills (with late fees accrued to today), bills not reviewed yet, prepaid
// balance, promise to pay and installment plan; and post_payment,
// which allocates, numbers the receipt and replays a repeated idempotency key, all in one transaction.
import { supabaseClient as db } from '../../../providers/supabase-client';
import type { BillStatus } from '../../bills/permissions';
import type { PaymentMethod } from '../project';
import { pageOf, rowsOf } from '../../../providers/query-rows';
import { payersOf, type OwnerMatch, type Payer, type UnitMatch } from './payers';
import { assertValidPolicy, lateFeesToDate } from '../../../../../rules';
import { policyRegistry } from '../../policies/registry';

/** Bills a cashier may take money for (private.is_payable); drafts and bills under review wait. */
const PAYABLE: readonly BillStatus[] = ['approved', 'issued'];
const AWAITING_REVIEW: readonly BillStatus[] = ['draft', 'submitted', 'returned'];
const MATCHES = 20;

export interface OpenBill {
  readonly id: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly due_date: string | null;
  readonly total_due: string;
  readonly paid: string;
  readonly balance: string;
  readonly status: BillStatus;
  readonly dunning_stage: string | null;
  readonly unit: { readonly room_no: string };
  readonly fee_item: { readonly code: string; readonly name_zh: string; readonly name_en: string };
}

export interface Account {
  /** Payable bills with a balance, in the order post_payment pays them: oldest due date first. */
  readonly bills: readonly OpenBill[];
  /** Bills of the payer not reviewed yet: owed, but not payable. */
  readonly awaitingReview: number;
  readonly prepaid: string;
  /** Bill id → late fee accrued to today under the policy in force (bills without one are absent). */
  readonly lateFees: ReadonlyMap<string, string>;
  /** The latest promise to pay not yet due. */
  readonly promisedUntil: string | null;
  /** The owner's installment plan being negotiated or kept. */
  readonly plan: { readonly status: 'proposed' | 'active'; readonly total: string } | null;
}

/** What the desk uses of post_payment's answer (which also has the payment, its allocations and what went to prepaid). */
export interface PaymentOutcome {
  readonly receiptId: string;
}

export interface Payment {
  readonly projectId: string;
  readonly payer: Payer;
  readonly amount: string;
  readonly method: PaymentMethod;
  readonly idempotencyKey: string;
  /** null: oldest due date first over all payable bills. */
  readonly billIds: readonly string[] | null;
  readonly note: string;
}

/** Money comes as text (`::text`): numeric as a JSON number would pass through a double. */
const BILL_COLUMNS =
  'id,period_start,period_end,due_date,total_due::text,paid::text,balance::text,status,dunning_stage,unit:units(room_no),fee_item:fee_items(code,name_zh,name_en)';

/** Owners and unowned units whose room number, name or phone contains `term` (letters, digits and '-' only). */
export async function searchPayers(projectId: string, term: string): Promise<Payer[]> {
  const text = term.replace(/[^\p{L}\p{N}-]/gu, '');
  if (text === '') return [];
  const units = await rowsOf<UnitMatch[]>(db.from('units').select('id,room_no,ownerships:unit_ownerships(owner_id)')
    .eq('project_id', projectId).ilike('room_no', `%${text}%`).is('ownerships.to_date', null).order('room_no').limit(MATCHES));
  const owning = [...new Set(units.flatMap((unit) => unit.ownerships.map((o) => o.owner_id)))];
  const matches = [`name.ilike.*${text}*`, `phone.ilike.*${text}*`, ...(owning.length > 0 ? [`id.in.(${owning.join(',')})`] : [])];
  const owners = await rowsOf<OwnerMatch[]>(db.from('owners').select('id,name,phone,ownerships:unit_ownerships(unit:units(id,room_no))')
    .eq('project_id', projectId).or(matches.join(',')).is('ownerships.to_date', null).order('name').limit(MATCHES + owning.length));
  return payersOf(units, owners);
}

/** The payer's bills, as post_payment selects them: by owner, or by unit when nobody owns it. */
const billsOf = (payer: Payer): [string, string] => (payer.ownerId ? ['owner_id', payer.ownerId] : ['unit_id', payer.unitId!]);

/** The published policy in force on `day`, or null when the project has none. */
async function policyInForce(projectId: string, day: string): Promise<unknown> {
  const rows = await rowsOf<Array<{ document: unknown }>>(db.from('policies').select('document').eq('project_id', projectId)
    .eq('status', 'published').lte('effective_from', day).or(`effective_to.is.null,effective_to.gte.${day}`)
    .order('effective_from', { ascending: false }).limit(1));
  return rows[0]?.document ?? null;
}

/** The owner's standing with the office: a promise to pay not yet due, an installment plan proposed or active. */
async function standingOf(projectId: string, ownerId: string | null, today: string): Promise<Pick<Account, 'promisedUntil' | 'plan'>> {
  if (!ownerId) return { promisedUntil: null, plan: null };
  const [promises, plans] = await Promise.all([
    rowsOf<Array<{ promise_date: string }>>(db.from('contact_logs').select('promise_date').eq('project_id', projectId).eq('owner_id', ownerId)
      .gte('promise_date', today).order('promise_date', { ascending: false }).limit(1)),
    rowsOf<Array<{ status: 'proposed' | 'active'; total: string }>>(db.from('installment_plans').select('status,total::text').eq('project_id', projectId)
      .eq('owner_id', ownerId).in('status', ['proposed', 'active']).order('created_at', { ascending: false }).limit(1)),
  ]);
  return { promisedUntil: promises[0]?.promise_date ?? null, plan: plans[0] ?? null };
}

/** Fee disputes of the given bills as days [from, to), by bill; asked a hundred bills at a time. */
async function disputesOf(projectId: string, billIds: readonly string[]): Promise<Map<string, Array<{ from: string; to: string | null }>>> {
  const byBill = new Map<string, Array<{ from: string; to: string | null }>>();
  for (let i = 0; i < billIds.length; i += 100) {
    const rows = await rowsOf<Array<{ bill_id: string; from_day: string; to_day: string | null }>>(
      db.from('dispute_periods').select('bill_id,from_day,to_day').eq('project_id', projectId).in('bill_id', billIds.slice(i, i + 100)));
    for (const d of rows) byBill.set(d.bill_id, [...(byBill.get(d.bill_id) ?? []), { from: d.from_day, to: d.to_day }]);
  }
  return byBill;
}

export async function loadAccount(projectId: string, payer: Payer, today: string): Promise<Account> {
  const [bills, awaiting, prepaid, document, standing] = await Promise.all([
    rowsOf<OpenBill[]>(db.from('bills').select(BILL_COLUMNS).eq('project_id', projectId).eq(...billsOf(payer))
      .in('status', PAYABLE).gt('balance', 0)
      .order('due_date', { nullsFirst: false }).order('period_start').order('id').limit(1000)),
    pageOf(db.from('bills').select('id', { count: 'exact', head: true }).eq('project_id', projectId).eq(...billsOf(payer))
      .in('status', AWAITING_REVIEW)),
    payer.ownerId
      ? rowsOf<{ balance: string } | null>(db.from('prepaid_balances').select('balance::text').eq('project_id', projectId).eq('owner_id', payer.ownerId).maybeSingle())
      : null,
    policyInForce(projectId, today),
    standingOf(projectId, payer.ownerId, today),
  ]);
  // A kept (active) plan waives late fees, and days under a fee dispute do not accrue, as the late-fee rule says.
  const disputes = await disputesOf(projectId, bills.filter((b) => b.due_date !== null && b.due_date < today).map((b) => b.id));
  const lateFees = document === null ? new Map<string, string>() : lateFeesToDate(assertValidPolicy(document, policyRegistry), policyRegistry,
    bills.map((b) => ({ billId: b.id, feeItem: b.fee_item.code, dueDate: b.due_date, balance: b.balance, disputes: disputes.get(b.id) ?? [] })),
    today, standing.plan?.status === 'active');
  return { bills, awaitingReview: awaiting.total, prepaid: prepaid?.balance ?? '0.00', lateFees, ...standing };
}

export async function postPayment(payment: Payment): Promise<PaymentOutcome> {
  return rowsOf<PaymentOutcome>(db.rpc('post_payment', {
    p_project_id: payment.projectId,
    p_amount: payment.amount,
    p_method: payment.method,
    p_idempotency_key: payment.idempotencyKey,
    p_owner_id: payment.payer.ownerId,
    p_unit_id: payment.payer.ownerId ? null : payment.payer.unitId,
    p_bill_ids: payment.billIds,
    p_note: payment.note,
  }));
}
