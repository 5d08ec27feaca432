// What the adjustments page reads and writes, straight through supabase-js: the `adjustment_review` view (RLS of
// the tables under it decides what a user sees) a page at a time, and the decide_adjustments RPC, which checks
// the role, applies approved adjustments to their bills and refuses the whole selection if one is stale.
import type { Period } from '../policies/simulation/types';
import { supabaseClient as db } from '../../providers/supabase-client';
import { refusalOf, type Refusal } from './decision-errors';
import type { AdjustmentField } from './values';

export type AdjustmentStatus = 'proposed' | 'approved' | 'rejected';
export type Decision = 'approve' | 'reject';

export interface AdjustmentRow {
  readonly id: string;
  readonly field: AdjustmentField;
  readonly old_value: string | null;
  readonly new_value: string;
  readonly reason: string;
  readonly status: AdjustmentStatus;
  readonly requested_by_name: string | null;
  readonly created_at: string;
  readonly decided_by_name: string | null;
  readonly decided_at: string | null;
  readonly decision_comment: string | null;
  readonly period_start: string;
  readonly period_end: string;
  readonly room_no: string;
  readonly owner_name: string | null;
  readonly fee_code: string;
}

export interface AdjustmentFilter {
  /** null: every status. */
  readonly status: AdjustmentStatus | null;
  /** Bills whose period starts inside it; null: every period. */
  readonly period: Period | null;
}

const COLUMNS =
  'id,field,old_value,new_value,reason,status,requested_by_name,created_at,decided_by_name,decided_at,decision_comment,period_start,period_end,room_no,owner_name,fee_code';

/** A refused decision, classified so the page can say what to do about it. */
export class DecisionRefused extends Error {
  constructor(readonly refusal: Refusal, message: string) {
    super(message);
    this.name = 'DecisionRefused';
  }
}

/** One page of the project's adjustments, newest first, and how many match. */
export async function listAdjustments(projectId: string, filter: AdjustmentFilter, page: number, pageSize: number): Promise<{ rows: AdjustmentRow[]; total: number }> {
  let query = db.from('adjustment_review').select(COLUMNS, { count: 'exact' }).eq('project_id', projectId);
  if (filter.status) query = query.eq('status', filter.status);
  if (filter.period) query = query.gte('period_start', filter.period.start).lte('period_start', filter.period.end);
  const from = (page - 1) * pageSize;
  const { data, error, count } = await query.order('created_at', { ascending: false }).order('id').range(from, from + pageSize - 1);
  if (error) throw new Error(error.message);
  return { rows: data as unknown as AdjustmentRow[], total: count ?? 0 };
}

/** All or nothing: the number decided, or DecisionRefused and nothing changed. */
export async function decideAdjustments(ids: readonly string[], decision: Decision, comment: string): Promise<number> {
  const { data, error } = await db.rpc('decide_adjustments', { p_ids: ids, p_decision: decision, p_comment: comment });
  if (error) throw new DecisionRefused(refusalOf(error), error.message);
  return data as number;
}
