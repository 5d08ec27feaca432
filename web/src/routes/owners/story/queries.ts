// Everything an office knows about one owner, each part from its own table or view (RLS decides which parts a role
// reads; a part it may not read comes back empty): units held, bills and the balance, payments with their
// receipts, dunning steps, promises, installment plans, service requests with their callbacks, conversations.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import type { BillStatus } from '../../bills/permissions';
import type { Channel } from '../../dunning/stages';
import type { EnumValue } from '../../../domain/enums';
import type { CallbackRow, RequestStatus } from '../../service/queries';

const LIMIT = 200;

export interface OwnerHead {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
  readonly tags: readonly string[];
  readonly note: string | null;
}

export const ownerHead = (ownerId: string) =>
  rowsOf<OwnerHead>(db.from('owners').select('id,name,phone,tags,note').eq('id', ownerId).single());

/** The owner's open balance (reviewed bills still owed); null when they owe nothing. */
export async function ownerArrears(ownerId: string): Promise<{ arrears: string; bills: number } | null> {
  const rows = await rowsOf<Array<{ arrears: string; bills: number }>>(db.from('owner_arrears').select('arrears,bills').eq('owner_id', ownerId));
  return rows[0] ?? null;
}

export interface Holding {
  readonly id: string;
  readonly from_date: string;
  readonly to_date: string | null;
  readonly unit: { readonly room_no: string; readonly area: string } | null;
}

export const holdings = (ownerId: string) => rowsOf<Holding[]>(db.from('unit_ownerships')
  .select('id,from_date,to_date,unit:units(room_no,area)').eq('owner_id', ownerId).order('from_date', { ascending: false }));

export interface BillLine {
  readonly id: string;
  readonly room_no: string;
  readonly fee_name_zh: string;
  readonly fee_name_en: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly due_date: string | null;
  readonly total_due: string;
  readonly paid: string;
  readonly balance: string;
  readonly status: BillStatus;
}

export const bills = (ownerId: string) => rowsOf<BillLine[]>(db.from('bill_grid')
  .select('id,room_no,fee_name_zh,fee_name_en,period_start,period_end,due_date,total_due,paid,balance,status')
  .eq('owner_id', ownerId).order('period_start', { ascending: false }).limit(LIMIT));

export interface PaymentLine {
  readonly id: string;
  readonly kind: 'payment' | 'reversal';
  readonly amount: string;
  readonly method: EnumValue<'payment_method'> | 'prepaid';
  readonly paid_at: string;
  readonly receipts: ReadonlyArray<{ readonly receipt_no: number; readonly status: 'issued' | 'void' }>;
}

export const payments = (ownerId: string) => rowsOf<PaymentLine[]>(db.from('payments')
  .select('id,kind,amount,method,paid_at,receipts(receipt_no,status)').eq('owner_id', ownerId).order('paid_at', { ascending: false }).limit(LIMIT));

export interface DunningLine {
  readonly id: string;
  readonly stage: string;
  readonly channel: Channel;
  readonly scheduled_on: string;
  readonly status: 'scheduled' | 'sent' | 'done' | 'cancelled' | 'failed';
  readonly result: string | null;
}

export const dunningSteps = (ownerId: string) => rowsOf<DunningLine[]>(db.from('dunning_actions')
  .select('id,stage,channel,scheduled_on,status,result').eq('owner_id', ownerId).order('scheduled_on', { ascending: false }).limit(LIMIT));

export interface PlanLine {
  readonly id: string;
  readonly total: string;
  readonly status: 'proposed' | 'active' | 'kept' | 'broken' | 'completed' | 'cancelled';
  readonly schedule: ReadonlyArray<{ readonly due: string; readonly amount: string }>;
  readonly created_at: string;
}

export const plans = (ownerId: string) => rowsOf<PlanLine[]>(db.from('installment_plans')
  .select('id,total,status,schedule,created_at').eq('owner_id', ownerId).order('created_at', { ascending: false }));

export interface ServiceLine {
  readonly id: string;
  readonly request_no: number;
  readonly kind: EnumValue<'request_kind'>;
  readonly status: RequestStatus;
  readonly emergency: boolean;
  readonly description: string;
  readonly received_at: string;
  readonly satisfaction: number | null;
  readonly category: { readonly name_zh: string; readonly name_en: string } | null;
  readonly callbacks: ReadonlyArray<Pick<CallbackRow, 'at' | 'outcome' | 'satisfaction' | 'comment'>>;
}

export const serviceRequests = (ownerId: string) => rowsOf<ServiceLine[]>(db.from('service_requests')
  .select('id,request_no,kind,status,emergency,description,received_at,satisfaction,category:service_categories(name_zh,name_en),callbacks(at,outcome,satisfaction,comment)')
  .eq('owner_id', ownerId).order('received_at', { ascending: false }).limit(LIMIT));
