// What the payment notices page reads, straight through supabase-js (RLS decides what a user sees): the project's
// office contacts, the bills of a selection from the notice_lines view a page at a time (keyset on id, like the
// bills grid), how many of them still wait for review, and owners matching a search.
import { supabaseClient as db } from '../../providers/supabase-client';
import type { Period } from '../policies/simulation/types';
import type { NoticeLine } from './group-notices';

export interface PaymentChannel {
  readonly kind: string;
  readonly label: string;
  readonly detail: string;
}

export interface Office {
  readonly name: string;
  readonly office_phone: string | null;
  /** The shape is checked by the database (projects_payment_channels_valid). */
  readonly payment_channels: readonly PaymentChannel[];
}

/** A whole building, or one owner (all of their rooms with bills in the period). */
export type Selection = { readonly kind: 'building' | 'owner'; readonly id: string };

export interface OwnerMatch {
  readonly id: string;
  readonly name: string;
  readonly rooms: readonly string[];
}

/** Finance has reviewed these; drafts and bills under review never go out on a notice. */
const ON_NOTICE = ['approved', 'issued'];
const COLUMNS =
  'id,period_start,period_end,due_date,receivable,late_fee,arrears_carried,paid,balance,unit_id,owner_id,room_no,owner_name,fee_code,fee_name_zh,fee_name_en,fee_sort';
const PAGE = 1000;

function failed(error: { message: string }): Error {
  return new Error(error.message);
}

/** The project's bills whose period starts inside `period`. */
function billsOf(projectId: string, period: Period, columns: string, options?: { count: 'exact'; head: true }) {
  return db.from('notice_lines').select(columns, options).eq('project_id', projectId)
    .gte('period_start', period.start).lte('period_start', period.end);
}

function linesOf(projectId: string, period: Period, selection: Selection, columns: string, options?: { count: 'exact'; head: true }) {
  return billsOf(projectId, period, columns, options).eq(selection.kind === 'building' ? 'building_id' : 'owner_id', selection.id);
}

export async function loadOffice(projectId: string): Promise<Office> {
  const { data, error } = await db.from('projects').select('name,office_phone,payment_channels').eq('id', projectId).single();
  if (error) throw failed(error);
  return data as Office;
}

/** The selection's approved and issued bills, every page of them. */
export async function loadNoticeLines(projectId: string, period: Period, selection: Selection, signal?: AbortSignal): Promise<NoticeLine[]> {
  const lines: NoticeLine[] = [];
  for (let after: string | null = null; ;) {
    let query = linesOf(projectId, period, selection, COLUMNS).in('status', ON_NOTICE);
    if (after) query = query.gt('id', after);
    query = query.order('id').limit(PAGE);
    if (signal) query = query.abortSignal(signal);
    const { data, error } = await query;
    if (error) throw failed(error);
    const page = data as unknown as NoticeLine[];
    lines.push(...page);
    if (page.length < PAGE) return lines;
    after = page[page.length - 1]!.id;
  }
}

/** Bills of the selection not reviewed yet (drafts, submitted, returned): not on any notice. */
export async function countAwaitingReview(projectId: string, period: Period, selection: Selection): Promise<number> {
  const { count, error } = await linesOf(projectId, period, selection, 'id', { count: 'exact', head: true })
    .not('status', 'in', `(${[...ON_NOTICE, 'void'].join(',')})`);
  if (error) throw failed(error);
  return count ?? 0;
}

/** Owners with bills in the period whose name or one of whose rooms contains `term` (letters, digits and '-' only). */
export async function searchOwners(projectId: string, period: Period, term: string): Promise<OwnerMatch[]> {
  const text = term.replace(/[^\p{L}\p{N}-]/gu, '');
  if (text === '') return [];
  const { data, error } = await billsOf(projectId, period, 'owner_id,owner_name,room_no').not('owner_id', 'is', null)
    .or(`room_no.ilike.*${text}*,owner_name.ilike.*${text}*`).order('room_no').limit(200);
  if (error) throw failed(error);
  const owners = new Map<string, { name: string; rooms: Set<string> }>();
  for (const row of data as unknown as { owner_id: string; owner_name: string; room_no: string }[]) {
    const owner = owners.get(row.owner_id) ?? { name: row.owner_name, rooms: new Set<string>() };
    owner.rooms.add(row.room_no);
    owners.set(row.owner_id, owner);
  }
  return [...owners].map(([id, { name, rooms }]) => ({ id, name, rooms: [...rooms] }));
}
