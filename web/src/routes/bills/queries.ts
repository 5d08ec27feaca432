// What the bills page reads and writes, straight through supabase-js: the `bill_grid` view a page at a time
// (keyset on id, no OFFSET scans, four streams at once), the batch save and the review workflow RPCs. RLS and the RPCs decide.
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

// PostgREST answers at most 1,000 rows a request (as Supabase does), so a 100,000-bill quarter takes 100 pages.
// They are read as four keyset streams over quarters of the id space at once: each stream waits on the network
// while the others' pages are parsed. Streams are concatenated in range order, so rows stay in id order.
const STREAMS = 4;
const ID_BOUNDS = ['00000000-0000-0000-0000-000000000000', '40000000-0000-0000-0000-000000000000',
  '80000000-0000-0000-0000-000000000000', 'c0000000-0000-0000-0000-000000000000'];

async function loadRange(projectId: string, period: { from: string; to: string }, stream: number, onPage: (rows: number) => void, signal?: AbortSignal): Promise<BillRow[]> {
  const rows: BillRow[] = [];
  for (let after: string | null = null; ;) {
    let query = db.from('bill_grid').select(COLUMNS).eq('project_id', projectId)
      .gte('period_start', period.from).lte('period_start', period.to);
    query = after ? query.gt('id', after) : query.gte('id', ID_BOUNDS[stream]!);
    if (stream + 1 < STREAMS) query = query.lt('id', ID_BOUNDS[stream + 1]!);
    query = query.order('id').limit(PAGE);
    if (signal) query = query.abortSignal(signal);
    const { data, error } = await query;
    if (error) throw failure(error);
    const page = data as unknown as BillRow[];
    for (const row of page) rows.push(row);
    onPage(page.length);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]!.id;
  }
}

/** The project's bills of periods starting in [from, to], in id order; `onProgress` hears rows so far. */
export async function loadBills(projectId: string, period: { from: string; to: string }, onProgress: (loaded: number) => void, signal?: AbortSignal): Promise<BillRow[]> {
  let loaded = 0;
  const onPage = (n: number) => onProgress((loaded += n));
  const ranges = await Promise.all(Array.from({ length: STREAMS }, (_, stream) => loadRange(projectId, period, stream, onPage, signal)));
  return ranges.flat();
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
