// What the rule engine reads about a project's units, through PostgREST (1000 rows a response at most): the
// `unit_facts` view and the `unit_period_facts` RPC. Shared by the console's simulation (as the signed-in
// user, under RLS) and the billing function (service role, a page of units at a time), so both see units alike.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { DisputeSpan, PeriodFacts, UnitFactsRow } from '../../../plugins/core-facts/from-row.js';

export const PAGE = 1000;

export const UNIT_FACTS_COLUMNS =
  'unit_id,project_id,room_no,building_code,area,usage,handover_date,renovation_date,occupancy_date,occupancy,owner_id,owner_name,owner_tags,parking_spaces';

type Result<T> = PromiseLike<{ data: T | null; error: { message: string } | null; count?: number | null }>;

async function rows<T>(query: Result<T[]>): Promise<T[]> {
  const { data, error } = await query;
  if (error) throw Object.assign(new Error(error.message), { cause: error });
  return data ?? [];
}

export interface UnitScope {
  buildingIds?: readonly string[] | null;
  signal?: AbortSignal;
}

const inList = (ids: readonly string[]): string => `(${ids.join(',')})`;

/** How many units the scope holds. */
export async function countUnits(db: SupabaseClient, projectId: string, scope: UnitScope = {}): Promise<number> {
  let query = db.from('unit_facts').select('unit_id', { count: 'exact', head: true }).eq('project_id', projectId);
  if (scope.buildingIds) query = query.filter('building_id', 'in', inList(scope.buildingIds));
  if (scope.signal) query = query.abortSignal(scope.signal);
  const { error, count } = await query;
  if (error) throw Object.assign(new Error(error.message), { cause: error });
  return count ?? 0;
}

/** The scope's units a page at a time, in unit id order: each page starts after the last id (no OFFSET scans). */
export async function* unitFactsPages(db: SupabaseClient, projectId: string, scope: UnitScope = {}, pageSize = PAGE): AsyncGenerator<UnitFactsRow[]> {
  let after: string | null = null;
  for (;;) {
    let query = db.from('unit_facts').select(UNIT_FACTS_COLUMNS).eq('project_id', projectId);
    if (scope.buildingIds) query = query.filter('building_id', 'in', inList(scope.buildingIds));
    if (after) query = query.gt('unit_id', after);
    query = query.order('unit_id').limit(pageSize);
    if (scope.signal) query = query.abortSignal(scope.signal);
    const page = await rows(query as unknown as Result<UnitFactsRow[]>);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.unit_id;
  }
}

/** Every unit of the scope by room number; `onProgress` hears the rows loaded so far and the total. */
export async function loadUnitFacts(db: SupabaseClient, projectId: string, scope: UnitScope & { onProgress?: (loaded: number, total: number) => void } = {}): Promise<UnitFactsRow[]> {
  const total = await countUnits(db, projectId, scope);
  const all: UnitFactsRow[] = [];
  scope.onProgress?.(0, total);
  for await (const page of unitFactsPages(db, projectId, scope)) {
    for (const row of page) all.push(row);
    scope.onProgress?.(all.length, total);
  }
  const byRoom = (a: UnitFactsRow, b: UnitFactsRow): number =>
    a.room_no < b.room_no ? -1 : a.room_no > b.room_no ? 1 : a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0;
  return all.sort(byRoom);
}

interface PeriodFactsRow {
  readonly unit_id: string;
  readonly meters: PeriodFacts['meters'] | null;
  readonly arrears: PeriodFacts['arrears'] | null;
}

interface DisputeRow {
  readonly id: string;
  readonly bill_id: string;
  readonly from_day: string;
  readonly to_day: string | null;
}

/** The project's fee disputes by bill (few: a project has a handful at a time), paged by keyset. */
export async function loadDisputes(db: SupabaseClient, projectId: string, signal?: AbortSignal): Promise<Map<string, DisputeSpan[]>> {
  const byBill = new Map<string, DisputeSpan[]>();
  let after: string | null = null;
  for (;;) {
    let query = db.from('dispute_periods').select('id,bill_id,from_day,to_day').eq('project_id', projectId);
    if (after) query = query.gt('id', after);
    query = query.order('id').limit(PAGE);
    if (signal) query = query.abortSignal(signal);
    const page = await rows(query as unknown as Result<DisputeRow[]>);
    for (const d of page) byBill.set(d.bill_id, [...(byBill.get(d.bill_id) ?? []), { from: d.from_day, to: d.to_day }]);
    if (page.length < PAGE) return byBill;
    after = page[page.length - 1]!.id;
  }
}

/** Meter readings around the period and unpaid reviewed bills of the given units (with their fee disputes), by unit. */
export async function loadPeriodFacts(
  db: SupabaseClient, projectId: string, period: { start: string; end: string }, unitIds: readonly string[], signal?: AbortSignal,
): Promise<Map<string, PeriodFacts>> {
  const disputes = await loadDisputes(db, projectId, signal);
  const withDisputes = (arrears: NonNullable<PeriodFacts['arrears']>): PeriodFacts['arrears'] =>
    disputes.size === 0 ? arrears : arrears.map((a) => (disputes.has(a.billId) ? { ...a, disputes: disputes.get(a.billId)! } : a));
  const byUnit = new Map<string, PeriodFacts>();
  const batches: string[][] = [];
  for (let i = 0; i < unitIds.length; i += PAGE) batches.push(unitIds.slice(i, i + PAGE));
  // A few batches in flight: each is one indexed query for at most a page of units.
  const worker = async (): Promise<void> => {
    for (let ids = batches.shift(); ids; ids = batches.shift()) {
      let query = db.rpc('unit_period_facts', { p_project_id: projectId, p_start: period.start, p_end: period.end, p_unit_ids: ids });
      if (signal) query = query.abortSignal(signal);
      for (const row of await rows(query as unknown as Result<PeriodFactsRow[]>)) {
        byUnit.set(row.unit_id, { ...(row.meters ? { meters: row.meters } : {}), ...(row.arrears ? { arrears: withDisputes(row.arrears) } : {}) });
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return byUnit;
}
