// What the bills page reads and writes, straight through supabase-js: the `bill_grid` view a page at a time
// (keyset on id, no OFFSET scans), the batch save and the review workflow RPCs. RLS and the RPCs decide.
import { supabaseClient as db } from '../../providers/supabase-client';
import type { BillAction, BillStatus } from './permissions';

export interface BillRow {
  readonly id: string;
  readonly row_version: number;
  readonly status: BillStatus;
  readonly period_start: string;
  readonly period_end: string;
  readonly due_date: string | null;
  readonly principal: string;
  readonly discount: string;
  readonly surcharge: string;
  readonly late_fee: string;
  readonly arrears_carried: string;
  readonly total_due: string;
  readonly paid: string;
  readonly balance: string;
  readonly review_comment: string | null;
  readonly room_no: string;
  readonly building_code: string;
  readonly area: string;
  readonly owner_name: string | null;
  readonly fee_code: string;
  readonly fee_name_zh: string;
  readonly fee_name_en: string;
}

const COLUMNS =
  'id,row_version,status,period_start,period_end,due_date,principal,discount,surcharge,late_fee,arrears_carried,total_due,paid,balance,review_comment,room_no,building_code,area,owner_name,fee_code,fee_name_zh,fee_name_en';
const PAGE = 1000;

/** A conflict the batch save reports: someone else changed the field since it was loaded. */
export interface Conflict {
  readonly id: string;
  readonly field: string;
  readonly yours: string | null;
  readonly theirs: string | null;
}

export class BillsError extends Error {
  constructor(message: string, readonly conflicts: readonly Conflict[] = []) {
    super(message);
    this.name = 'BillsError';
  }
}

function failure(error: { message: string; code?: string; details?: string | null }): BillsError {
  if (error.code === 'PT409' && error.details) {
    try {
      return new BillsError(error.message, JSON.parse(error.details) as Conflict[]);
    } catch {
      // details that are not the conflict list: the message alone still says what happened
    }
  }
  return new BillsError(error.message);
}

/** The project's bills of periods starting in [from, to], a page at a time; `onProgress` hears rows so far. */
export async function loadBills(projectId: string, period: { from: string; to: string }, onProgress: (loaded: number) => void, signal?: AbortSignal): Promise<BillRow[]> {
  const rows: BillRow[] = [];
  for (let after: string | null = null; ;) {
    let query = db.from('bill_grid').select(COLUMNS).eq('project_id', projectId)
      .gte('period_start', period.from).lte('period_start', period.to);
    if (after) query = query.gt('id', after);
    query = query.order('id').limit(PAGE);
    if (signal) query = query.abortSignal(signal);
    const { data, error } = await query;
    if (error) throw failure(error);
    const page = data as unknown as BillRow[];
    for (const row of page) rows.push(row);
    onProgress(rows.length);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]!.id;
  }
}

/** Fresh copies of some bills (after a save, or to drop conflicting edits). */
export async function reloadBills(ids: readonly string[]): Promise<BillRow[]> {
  const rows: BillRow[] = [];
  // Ids travel in the URL: 200 of them stay well inside an HTTP request line's limits.
  for (let i = 0; i < ids.length; i += 200) {
    const { data, error } = await db.from('bill_grid').select(COLUMNS).in('id', ids.slice(i, i + 200));
    if (error) throw failure(error);
    for (const row of data as unknown as BillRow[]) rows.push(row);
  }
  return rows;
}

export interface SaveResult {
  readonly updated: number;
  readonly proposed: number;
}

/** One batch, one transaction: every row with the version it was loaded at and its changed fields. */
export async function saveEdits(edits: ReadonlyArray<{ id: string; row_version: number; changes: Record<string, unknown> }>, reason: string): Promise<SaveResult> {
  const { data, error } = await db.rpc('save_bill_edits', { p_edits: edits, p_reason: reason });
  if (error) throw failure(error);
  return data as SaveResult;
}

export async function transitionBills(ids: readonly string[], action: BillAction, comment?: string): Promise<number> {
  const { data, error } = await db.rpc('transition_bills', { p_ids: ids, p_action: action, ...(comment ? { p_comment: comment } : {}) });
  if (error) throw failure(error);
  return data as number;
}
