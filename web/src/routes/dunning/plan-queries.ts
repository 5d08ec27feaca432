// Installment plans (分期协议), straight through supabase-js: RLS lets agents, managers and HQ admins propose a plan
// (created_by is stamped by the database) and managers, finance and HQ admins change one. The dunning run sets
// broken on an active plan whose instalments were missed.
import { supabaseClient as db } from '../../providers/supabase-client';
import { pageOf, rowsOf } from '../../providers/query-rows';
import type { Instalment } from './schedule';

export const PLAN_STATUSES = ['proposed', 'active', 'kept', 'broken', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanRow {
  readonly id: string;
  readonly owner_id: string;
  readonly total: string;
  readonly schedule: readonly Instalment[];
  readonly status: PlanStatus;
  readonly created_by: string | null;
  readonly approved_by: string | null;
  readonly created_at: string;
  readonly owner: { readonly name: string; readonly phone: string | null } | null;
}

export interface NewPlan {
  readonly projectId: string;
  readonly ownerId: string;
  readonly total: string;
  readonly schedule: readonly Instalment[];
}

/** The decisions on a plan: approve a proposal, or cancel a proposed or running plan. */
export type PlanDecision = 'approve' | 'cancel';
const DECISIONS: Readonly<Record<PlanDecision, { from: readonly PlanStatus[]; to: PlanStatus }>> = {
  approve: { from: ['proposed'], to: 'active' },
  cancel: { from: ['proposed', 'active', 'kept'], to: 'cancelled' },
};

export function mayBeDecided(status: PlanStatus, decision: PlanDecision): boolean {
  return DECISIONS[decision].from.includes(status);
}

const COLUMNS = 'id,owner_id,total::text,schedule,status,created_by,approved_by,created_at,owner:owners(name,phone)';

/** A page of the project's plans, newest first (null: every status), and how many match. */
export function listPlans(projectId: string, status: PlanStatus | null, page: number, pageSize: number) {
  let query = db.from('installment_plans').select(COLUMNS, { count: 'exact' }).eq('project_id', projectId);
  if (status) query = query.eq('status', status);
  const from = (page - 1) * pageSize;
  return pageOf<PlanRow>(query.order('created_at', { ascending: false }).order('id').range(from, from + pageSize - 1));
}

export async function proposePlan(plan: NewPlan): Promise<void> {
  await rowsOf(db.from('installment_plans').insert({
    project_id: plan.projectId, owner_id: plan.ownerId, total: plan.total, schedule: plan.schedule, status: 'proposed',
  }));
}

/** Only from the status the user saw: false when someone decided it meanwhile (nothing changed then). */
export async function decidePlan(id: string, decision: PlanDecision): Promise<boolean> {
  const { from, to } = DECISIONS[decision];
  // The database stamps the approver (installment_plans_guard).
  const rows = await rowsOf<Array<{ id: string }>>(db.from('installment_plans').update({ status: to }).eq('id', id).in('status', [...from]).select('id'));
  return rows.length === 1;
}
