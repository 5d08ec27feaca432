// What the rule engine reads about a project's units, through PostgREST a page at a time (its 1000-row cap):
// the `unit_facts` view and the `unit_period_facts` RPC. Shared by the console's simulation (as the signed-in
// user, under RLS) and the billing function (service role), so both see units the same way.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { PeriodFacts, UnitFactsRow } from '../../../plugins/core-facts/from-row.js';

export const PAGE = 1000;

export const UNIT_FACTS_COLUMNS =
  'unit_id,project_id,room_no,building_code,area,usage,handover_date,renovation_date,occupancy_date,occupancy,owner_id,owner_name,owner_tags,parking_spaces';

type Result<T> = PromiseLike<{ data: T | null; error: { message: string } | null }>;

async function rows<T>(query: Result<T[]>): Promise<T[]> {
  const { data, error } = await query;
  if (error) throw Object.assign(new Error(error.message), { cause: error });
  return data ?? [];
}

export interface UnitFactsQuery {
  buildingIds?: readonly string[] | null;
  signal?: AbortSignal;
  /** Rows loaded so far and the total. */
  onProgress?: (loaded: number, total: number) => void;
}

/** Every unit of a project (optionally of some buildings), by room number, three pages in flight. */
export async function loadUnitFacts(db: SupabaseClient, projectId: string, opts: UnitFactsQuery = {}): Promise<UnitFactsRow[]> {
  const buildings = opts.buildingIds ? `(${opts.buildingIds.join(',')})` : null;
  let head = db.from('unit_facts').select('unit_id', { count: 'exact', head: true }).eq('project_id', projectId);
  if (buildings) head = head.filter('building_id', 'in', buildings);
  const counted = await head;
  if (counted.error) throw Object.assign(new Error(counted.error.message), { cause: counted.error });
  const total = counted.count ?? 0;
  const pages: UnitFactsRow[][] = [];
  let loaded = 0;
  opts.onProgress?.(0, total);
  const starts = Array.from({ length: Math.ceil(total / PAGE) }, (_, i) => i * PAGE);
  const worker = async (): Promise<void> => {
    for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
      let query = db.from('unit_facts').select(UNIT_FACTS_COLUMNS).eq('project_id', projectId);
      if (buildings) query = query.filter('building_id', 'in', buildings);
      query = query.order('room_no').order('unit_id').range(start, start + PAGE - 1);
      if (opts.signal) query = query.abortSignal(opts.signal);
      const page = await rows(query as unknown as Result<UnitFactsRow[]>);
      pages[start / PAGE] = page;
      loaded += page.length;
      opts.onProgress?.(loaded, total);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return pages.flat();
}

interface PeriodFactsRow {
  readonly unit_id: string;
  readonly meters: PeriodFacts['meters'] | null;
  readonly arrears: PeriodFacts['arrears'] | null;
}

/** Meter readings around the period and unpaid reviewed bills, by unit. */
export async function loadPeriodFacts(db: SupabaseClient, projectId: string, period: { start: string; end: string }, signal?: AbortSignal): Promise<Map<string, PeriodFacts>> {
  const byUnit = new Map<string, PeriodFacts>();
  for (let start = 0; ; start += PAGE) {
    let query = db.rpc('unit_period_facts', { p_project_id: projectId, p_start: period.start, p_end: period.end }).range(start, start + PAGE - 1);
    if (signal) query = query.abortSignal(signal);
    const page = await rows(query as unknown as Result<PeriodFactsRow[]>);
    for (const row of page) {
      byUnit.set(row.unit_id, { ...(row.meters ? { meters: row.meters } : {}), ...(row.arrears ? { arrears: row.arrears } : {}) });
    }
    if (page.length < PAGE) return byUnit;
  }
}
