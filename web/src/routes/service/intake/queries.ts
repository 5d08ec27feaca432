// What intake reads and writes: the owner's open bills (a fee complaint links them) and create_request.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import type { BillLine } from '../../owners/story/queries';

export type OpenBill = Pick<BillLine, 'id' | 'room_no' | 'fee_name_zh' | 'fee_name_en' | 'period_start' | 'period_end' | 'balance'>;

/** Reviewed bills of the owner with something still owed (what create_request accepts in p_bill_ids). */
export function openBills(projectId: string, ownerId: string): Promise<OpenBill[]> {
  return rowsOf<OpenBill[]>(db.from('bill_grid').select('id,room_no,fee_name_zh,fee_name_en,period_start,period_end,balance')
    .eq('project_id', projectId).eq('owner_id', ownerId).in('status', ['approved', 'issued']).gt('balance', 0).order('period_start'));
}

export interface Created {
  readonly id: string;
  readonly requestNo: number;
  readonly status: string;
  readonly emergency: boolean;
  readonly acceptDue: string;
  readonly dispatchDue: string | null;
}

export function createRequest(args: Record<string, unknown>): Promise<Created> {
  return rowsOf<Created>(db.rpc('create_request', args));
}
