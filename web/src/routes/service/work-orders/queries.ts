// 我的派工单: open work orders (not finished, not replaced) with what the field staff need of their request — where,
// whom to call, what the owner said. RLS gives field staff their department's orders; the office filters by one.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import type { Department, EnumValue } from '../../../domain/enums';
import type { RequestDetail, WorkOrder } from '../queries';

export interface OrderRow extends WorkOrder {
  readonly request: Pick<RequestDetail, 'id' | 'request_no' | 'status' | 'emergency' | 'location' | 'description' | 'contact_name'
    | 'contact_phone' | 'department' | 'category' | 'unit'> & { readonly kind: EnumValue<'request_kind'> };
}

const COLUMNS = 'id,department,assignee_id,instructions,contact,dispatched_at,deadline,on_site_at,finished_at,result,cancelled_at,'
  + 'request:service_requests!inner(id,request_no,status,emergency,kind,location,description,contact_name,contact_phone,department,'
  + 'category:service_categories(name_zh,name_en),unit:units(room_no))';

export function openOrders(projectId: string, department: Department | null): Promise<OrderRow[]> {
  let query = db.from('work_orders').select(COLUMNS).eq('project_id', projectId).is('finished_at', null).is('cancelled_at', null);
  if (department) query = query.eq('department', department);
  return rowsOf<OrderRow[]>(query.order('deadline').limit(500));
}

/** The departments the signed-in user works for as field staff (their own memberships, which they read). */
export async function myDepartments(userId: string): Promise<Array<{ company_id: string; project_id: string | null; department: Department }>> {
  return rowsOf(db.from('memberships').select('company_id,project_id,department').eq('user_id', userId).eq('role', 'engineer'));
}
