// The statement straight from the receivable_statement RPC (security invoker: RLS decides what it holds), a page
// of 1,000 units at a time after the last room number already read, so a large project shows its progress.
import { supabaseClient as db } from '../../providers/supabase-client';
import type { StatementRow } from './statement';

const PAGE = 1000;

export interface StatementQuery {
  readonly projectId: string;
  readonly from: string;
  readonly to: string;
  readonly buildingId: string | null;
  /** Fee item codes; null: all of them. */
  readonly feeItems: readonly string[] | null;
}

export async function loadStatement(q: StatementQuery, onProgress: (loaded: number) => void, signal?: AbortSignal): Promise<StatementRow[]> {
  const rows: StatementRow[] = [];
  for (let after: string | null = null; ;) {
    let call = db.rpc('receivable_statement', {
      p_project_id: q.projectId, p_from: q.from, p_to: q.to, p_building_id: q.buildingId,
      p_fee_items: q.feeItems, p_after_room_no: after, p_limit: PAGE,
    });
    if (signal) call = call.abortSignal(signal);
    const { data, error } = await call;
    if (error) throw new Error(error.message);
    const page = data as StatementRow[];
    rows.push(...page);
    onProgress(rows.length);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]!.room_no;
  }
}
