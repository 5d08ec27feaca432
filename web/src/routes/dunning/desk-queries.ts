// What the dunning desk reads and writes, straight through supabase-js (RLS decides what a user sees): tasks from
// the dunning_tasks view, owners' arrears from owner_arrears, contact logs (promises and history), staff names;
// record_call (the contact log and the tasks done in one transaction) and the dunning-run function.
import { supabaseClient as db } from '../../providers/supabase-client';
import { localeStore } from '../../i18n/locale-store';
import { functionErrorMessage } from '../../providers/function-errors';
import { rowsOf } from '../../providers/query-rows';
import { everyRow } from './every-row';
import type { PromiseRow } from './promises';
import type { TaskRow } from './worklist';

export type Outcome = 'reached' | 'unreached' | 'promise' | 'refused';
export const OUTCOMES: readonly Outcome[] = ['reached', 'unreached', 'promise', 'refused'];

export interface OwnerArrears {
  readonly owner_id: string;
  readonly owner_name: string;
  readonly owner_phone: string | null;
  readonly rooms: string;
  readonly arrears: string;
  readonly bills: number;
}

export interface ContactLog {
  readonly id: string;
  readonly channel: string;
  readonly contacted_at: string;
  readonly summary: string;
  readonly outcome: string | null;
  readonly promise_date: string | null;
  readonly agent_id: string | null;
}

/** One project's outcome of POST /functions/v1/dunning-run (supabase/functions/dunning-run/execute.ts). */
export type RunOutcome =
  | { readonly asOf: string; readonly openBills: number; readonly paused: number; readonly actions: number; readonly messages: number;
      readonly brokenPlans: number; readonly errors: ReadonlyArray<{ billId: string; message: string }> }
  | { readonly asOf: string; readonly error: string };

const TASK_COLUMNS =
  'id,stage,channel,status,scheduled_on,result,why,owner_id,owner_name,owner_phone,unit_id,room_no,bill_id,fee_code,fee_name_zh,fee_name_en,period_start,period_end,due_date,balance';
const tasks = (projectId: string) => db.from('dunning_tasks').select(TASK_COLUMNS).eq('project_id', projectId);

/** Phone calls due by `asOf` and not made yet. */
export function phoneTasks(projectId: string, asOf: string): Promise<TaskRow[]> {
  return everyRow<TaskRow>(() => tasks(projectId).eq('channel', 'phone').eq('status', 'scheduled').lte('scheduled_on', asOf));
}

/** Bills the ladder took to legal escalation (the legal stage's task), whatever became of the task. */
export function legalTasks(projectId: string): Promise<TaskRow[]> {
  return everyRow<TaskRow>(() => tasks(projectId).eq('stage', 'legal').eq('channel', 'task'));
}

export async function arrearsOf(projectId: string, ownerIds: readonly string[]): Promise<Map<string, OwnerArrears>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await rowsOf<OwnerArrears[]>(db.from('owner_arrears').select('owner_id,owner_name,owner_phone,rooms,arrears,bills')
    .eq('project_id', projectId).in('owner_id', [...ownerIds]));
  return new Map(rows.map((row) => [row.owner_id, row]));
}

/** Owners who owe something whose name, phone or one of whose rooms contains `term` (letters, digits and '-' only). */
export async function searchDebtors(projectId: string, term: string): Promise<OwnerArrears[]> {
  const text = term.replace(/[^\p{L}\p{N}-]/gu, '');
  if (text === '') return [];
  return rowsOf<OwnerArrears[]>(db.from('owner_arrears').select('owner_id,owner_name,owner_phone,rooms,arrears,bills').eq('project_id', projectId)
    .or(`owner_name.ilike.*${text}*,owner_phone.ilike.*${text}*,rooms.ilike.*${text}*`).order('owner_name').limit(20));
}

/** Contact logs with a promise to pay on or after `asOf`. */
export function promisesFrom(projectId: string, asOf: string): Promise<PromiseRow[]> {
  return everyRow<PromiseRow>(() => db.from('contact_logs').select('id,owner_id,promise_date,summary,contacted_at,agent_id,owner:owners(name,phone)')
    .eq('project_id', projectId).gte('promise_date', asOf));
}

export const HISTORY_LIMIT = 200;

/** An owner's conversations, newest first. */
export function contactHistory(projectId: string, ownerId: string): Promise<ContactLog[]> {
  return rowsOf<ContactLog[]>(db.from('contact_logs').select('id,channel,contacted_at,summary,outcome,promise_date,agent_id')
    .eq('project_id', projectId).eq('owner_id', ownerId).order('contacted_at', { ascending: false }).order('id').limit(HISTORY_LIMIT));
}

/** Staff names by user id (who recorded a call, proposed or approved a plan). */
export async function staffNames(userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await rowsOf<Array<{ user_id: string; full_name: string }>>(db.from('staff').select('user_id,full_name').in('user_id', ids));
  return new Map(rows.map((row) => [row.user_id, row.full_name]));
}

export interface Call {
  readonly actionIds: readonly string[];
  readonly summary: string;
  readonly outcome: Outcome;
  readonly promiseDate: string | null;
}

export async function recordCall(call: Call): Promise<void> {
  await rowsOf(db.rpc('record_call', {
    p_action_ids: call.actionIds, p_summary: call.summary, p_outcome: call.outcome, p_promise_date: call.promiseDate,
  }));
}

/** Runs the dunning of the project for today (the function's default, the Shanghai day). */
export async function runDunning(projectId: string): Promise<RunOutcome> {
  const { data, error } = await db.functions.invoke<RunOutcome[]>('dunning-run', { body: { projectId } });
  if (error) throw new Error(await functionErrorMessage(error, localeStore.get()));
  const outcome = data?.[0];
  if (!outcome) throw new Error('the dunning run answered without an outcome');
  return outcome;
}
