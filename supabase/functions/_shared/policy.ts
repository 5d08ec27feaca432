// The published policy of a project in force on a day: what billing and dunning runs apply.
import type { SupabaseClient } from '@supabase/supabase-js';
import { call } from './call.js';

export interface PolicyRow { id: string; version: number; document: unknown }

export async function policyInForce(db: SupabaseClient, projectId: string, onDate: string): Promise<PolicyRow> {
  const rows = await call<PolicyRow[]>('reading the policy', db.from('policies').select('id,version,document')
    .eq('project_id', projectId).eq('status', 'published').lte('effective_from', onDate)
    .or(`effective_to.is.null,effective_to.gte.${onDate}`).order('effective_from', { ascending: false }).limit(1));
  const row = rows[0];
  if (!row) throw new Error(`no published policy is in force on ${onDate} for this project: publish one first`);
  return row;
}
