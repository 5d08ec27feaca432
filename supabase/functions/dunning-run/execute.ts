// One dunning run of a project for a day, with the service role: installment plans paid in full completed
// (settle_plans), the open bills and what pauses their owners
// (dunning_candidates), the ladder of the policy in force (rules/dunning), and what it decided recorded in one
// call (record_dunning: actions once per bill, stage and channel; messages to the outbox). Re-running the same
// day finds every due stage recorded and changes nothing.
import type { SupabaseClient } from '@supabase/supabase-js';
import { PluginRegistry } from '../../../rules/plugin/registry.js';
import { assertValidPolicy } from '../../../rules/policy/validate.js';
import { planDunning, type DunningCandidate } from '../../../rules/dunning/plan.js';
import { builtInPlugins } from '../../../plugins/index.js';
import { policyInForce } from '../_shared/policy.js';
import { call } from '../_shared/call.js';

const registry = new PluginRegistry(builtInPlugins);
const PAGE = 1000;

interface CandidateRow {
  bill_id: string; owner_id: string | null; unit_id: string; fee_item: string; due_date: string; balance: string;
  stages_done: string[]; promised_until: string | null; plan_id: string | null; plan_kept: boolean | null;
}

export interface DunningOutcome {
  readonly projectId: string;
  readonly asOf: string;
  readonly openBills: number;
  readonly paused: number;
  readonly actions: number;
  readonly messages: number;
  readonly brokenPlans: number;
  readonly completedPlans: number;
  readonly errors: ReadonlyArray<{ billId: string; message: string }>;
}

async function candidates(db: SupabaseClient, projectId: string, asOf: string): Promise<DunningCandidate[]> {
  const out: DunningCandidate[] = [];
  // The function orders by bill id, so pages of a set-returning RPC are stable within the run.
  for (let from = 0; ; from += PAGE) {
    const rows = await call<CandidateRow[]>('reading open bills',
      db.rpc('dunning_candidates', { p_project_id: projectId, p_as_of: asOf }).range(from, from + PAGE - 1));
    for (const r of rows) {
      out.push({
        billId: r.bill_id, feeItem: r.fee_item, dueDate: r.due_date, balance: r.balance, stagesDone: r.stages_done,
        promisedUntil: r.promised_until, planId: r.plan_id, planKept: r.plan_kept,
      });
    }
    if (rows.length < PAGE) return out;
  }
}

export async function executeDunning(db: SupabaseClient, projectId: string, asOf: string): Promise<DunningOutcome> {
  const policy = assertValidPolicy((await policyInForce(db, projectId, asOf)).document, registry);
  const completedPlans = await call<number>('settling installment plans', db.rpc('settle_plans', { p_project_id: projectId }));
  const open = await candidates(db, projectId, asOf);
  const plan = planDunning(policy, registry, open, asOf);
  const recorded = await call<{ actions: number; messages: number }>('recording the dunning actions', db.rpc('record_dunning', {
    p_project_id: projectId, p_as_of: asOf, p_actions: plan.actions, p_broken_plans: plan.brokenPlans,
  }));
  return {
    projectId, asOf, openBills: open.length, paused: plan.paused, actions: recorded.actions, messages: recorded.messages,
    brokenPlans: plan.brokenPlans.length, completedPlans, errors: plan.errors,
  };
}
