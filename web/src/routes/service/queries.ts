// What the service pages share, straight through supabase-js (RLS decides what a user sees): the worklist
// (service_worklist), one request with its events, work orders, callbacks and disputes, the categories, the staff
// who can be sent; and the steps, one RPC each (their errors name the field, shown as they come).
import { supabaseClient as db } from '../../providers/supabase-client';
import { rowsOf } from '../../providers/query-rows';
import type { Department, EnumValue } from '../../domain/enums';

export type RequestStatus = EnumValue<'request_status'>;
export type Clock = 'accept' | 'dispatch' | 'complete' | 'callback';

export interface WorklistRow {
  readonly id: string;
  readonly request_no: number;
  readonly channel: EnumValue<'request_channel'>;
  readonly kind: EnumValue<'request_kind'>;
  readonly category_zh: string;
  readonly category_en: string;
  readonly status: RequestStatus;
  readonly urgency: EnumValue<'request_urgency'>;
  readonly emergency: boolean;
  readonly department: Department;
  readonly assignee_id: string | null;
  readonly owner_id: string | null;
  readonly owner_name: string | null;
  readonly unit_id: string | null;
  readonly room_no: string | null;
  readonly contact_name: string | null;
  readonly contact_phone: string | null;
  readonly location: string | null;
  readonly description: string;
  readonly received_at: string;
  readonly escalated: boolean;
  readonly reopened: number;
  /** null: no clock runs (escalated after the callback, waiting for the supervisor). */
  readonly clock: Clock | null;
  readonly due: string | null;
  readonly minutes_left: number | null;
  readonly disputing: boolean;
}

const WORKLIST_COLUMNS = 'id,request_no,channel,kind,category_zh,category_en,status,urgency,emergency,department,assignee_id,owner_id,owner_name,'
  + 'unit_id,room_no,contact_name,contact_phone,location,description,received_at,escalated,reopened,clock,due,minutes_left,disputing';

/** Open requests of the project, emergencies first, then what is due soonest; `clock` narrows to one clock. */
export function worklist(projectId: string, clock?: Clock): Promise<WorklistRow[]> {
  let query = db.from('service_worklist').select(WORKLIST_COLUMNS).eq('project_id', projectId);
  if (clock) query = query.eq('clock', clock);
  return rowsOf<WorklistRow[]>(query.order('emergency', { ascending: false }).order('due', { ascending: true, nullsFirst: false })
    .order('request_no').limit(500));
}

/** How many requests breach or will within sla_watch's default ten minutes. */
export async function watchCount(projectId: string): Promise<number> {
  const rows = await rowsOf<Array<{ id: string }>>(db.rpc('sla_watch', { p_project_id: projectId }).select('id'));
  return rows.length;
}

export interface Category {
  readonly id: string;
  readonly code: string;
  readonly parent_id: string | null;
  readonly kind: EnumValue<'request_kind'>;
  readonly name_zh: string;
  readonly name_en: string;
  readonly department: Department;
  readonly emergency: boolean;
  readonly accept_minutes: number;
  readonly dispatch_minutes: number;
  readonly complete_minutes: number;
  readonly callback_minutes: number;
  readonly active: boolean;
  readonly sort: number;
  readonly row_version: number;
}

export function categories(projectId: string): Promise<Category[]> {
  return rowsOf<Category[]>(db.from('service_categories')
    .select('id,code,parent_id,kind,name_zh,name_en,department,emergency,accept_minutes,dispatch_minutes,complete_minutes,callback_minutes,active,sort,row_version')
    .eq('project_id', projectId).order('sort').order('code'));
}

export interface StaffMember {
  readonly userId: string;
  readonly name: string;
}

/** Who a request can be sent to: the department's field staff in the project (department_staff checks the caller). */
export async function assignees(projectId: string, department: Department): Promise<StaffMember[]> {
  const rows = await rowsOf<Array<{ user_id: string; full_name: string }>>(
    db.rpc('department_staff', { p_project_id: projectId, p_department: department }));
  return rows.map((s) => ({ userId: s.user_id, name: s.full_name }));
}

// ── one request ─────────────────────────────────────────────────────────────────────────────────────────────

export interface RequestEvent {
  readonly id: string;
  readonly at: string;
  readonly actor_id: string | null;
  readonly kind: 'status' | 'note' | 'dispatch' | 'callback' | 'escalation' | 'dispute';
  readonly status: RequestStatus | null;
  readonly note: string | null;
  readonly for_owner: boolean;
}

export interface WorkOrder {
  readonly id: string;
  readonly department: Department;
  readonly assignee_id: string | null;
  readonly instructions: string;
  readonly contact: string | null;
  readonly dispatched_at: string;
  readonly deadline: string;
  readonly on_site_at: string | null;
  readonly finished_at: string | null;
  readonly result: string | null;
  readonly cancelled_at: string | null;
}

export interface CallbackRow {
  readonly id: string;
  readonly request_id: string;
  readonly agent_id: string | null;
  readonly at: string;
  readonly reached: boolean;
  readonly satisfaction: number | null;
  readonly comment: string | null;
  readonly outcome: 'satisfied' | 'reopen' | 'escalate' | 'unreached';
}

export interface RequestDetail {
  readonly id: string;
  readonly project_id: string;
  readonly request_no: number;
  readonly channel: EnumValue<'request_channel'>;
  readonly status: RequestStatus;
  readonly urgency: EnumValue<'request_urgency'>;
  readonly emergency: boolean;
  readonly escalated: boolean;
  readonly reopened: number;
  readonly department: Department;
  readonly owner_id: string | null;
  readonly contact_name: string | null;
  readonly contact_phone: string | null;
  readonly location: string | null;
  readonly description: string;
  readonly preferred_time: string | null;
  readonly out_of_scope_reason: string | null;
  readonly referral: string | null;
  readonly resolution: string | null;
  readonly satisfaction: number | null;
  readonly received_at: string;
  readonly category: { readonly name_zh: string; readonly name_en: string } | null;
  /** null for field staff, who do not read owners and units. */
  readonly owner: { readonly name: string; readonly phone: string | null } | null;
  readonly unit: { readonly room_no: string } | null;
  readonly events: readonly RequestEvent[];
  readonly work_orders: readonly WorkOrder[];
  readonly callbacks: readonly CallbackRow[];
  readonly bill_disputes: ReadonlyArray<{ readonly bill_id: string; readonly resolved_at: string | null; readonly resolution: string | null }>;
}

/** What a step's dialog needs of a request: the worklist's rows and the full request both have it. */
export type RequestRef = Pick<RequestDetail, 'id' | 'request_no' | 'department' | 'contact_name' | 'contact_phone'>;

const DETAIL = [
  'id,project_id,request_no,channel,status,urgency,emergency,escalated,reopened,department,owner_id,contact_name,contact_phone,location,description',
  'preferred_time,out_of_scope_reason,referral,resolution,satisfaction,received_at',
  'category:service_categories(name_zh,name_en),owner:owners(name,phone),unit:units(room_no)',
  'events:request_events(id,at,actor_id,kind,status,note,for_owner)',
  'work_orders(id,department,assignee_id,instructions,contact,dispatched_at,deadline,on_site_at,finished_at,result,cancelled_at)',
  'callbacks(id,request_id,agent_id,at,reached,satisfaction,comment,outcome)',
  'bill_disputes(bill_id,resolved_at,resolution)',
].join(',');

export async function requestDetail(id: string): Promise<RequestDetail> {
  return rowsOf<RequestDetail>(db.from('service_requests').select(DETAIL).eq('id', id)
    .order('at', { referencedTable: 'events' }).order('dispatched_at', { referencedTable: 'work_orders' })
    .order('at', { referencedTable: 'callbacks' }).single());
}

// ── the steps ───────────────────────────────────────────────────────────────────────────────────────────────

const step = async (fn: string, args: Record<string, unknown>): Promise<void> => {
  await rowsOf(db.rpc(fn, args));
};

export const acceptRequest = (id: string) => step('accept_request', { p_request_id: id });
export const rejectRequest = (id: string, reason: string, referral: string) =>
  step('reject_request', { p_request_id: id, p_reason: reason, p_referral: referral });
export const workProgress = (id: string, stepName: 'on_site' | 'done', note: string) =>
  step('work_progress', { p_request_id: id, p_step: stepName, p_note: note });
export const addNote = (id: string, note: string, forOwner: boolean) =>
  step('add_request_note', { p_request_id: id, p_note: note, p_for_owner: forOwner });
export const closeRequest = (id: string, resolution: string) => step('close_request', { p_request_id: id, p_resolution: resolution });

export interface Dispatch {
  readonly department: Department;
  readonly assigneeId: string | null;
  readonly instructions: string;
  readonly contact: string;
  /** ISO time; null: the category's completion time. */
  readonly deadline: string | null;
}

export const dispatchRequest = (id: string, d: Dispatch) => step('dispatch_request', {
  p_request_id: id, p_instructions: d.instructions, p_department: d.department, p_assignee_id: d.assigneeId, p_contact: d.contact, p_deadline: d.deadline,
});

export interface Callback {
  readonly reached: boolean;
  readonly satisfaction: number | null;
  readonly comment: string;
  /** What follows an unsatisfied owner (satisfaction 1–3). */
  readonly outcome: 'reopen' | 'escalate' | null;
}

export const recordCallback = (id: string, c: Callback) => step('record_callback', {
  p_request_id: id, p_reached: c.reached, p_satisfaction: c.reached ? c.satisfaction : null, p_comment: c.comment,
  p_outcome: c.reached && c.satisfaction !== null && c.satisfaction < 4 ? c.outcome : null,
});
