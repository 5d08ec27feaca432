// What the dashboards read, straight through supabase-js: the analytics RPCs (security invoker: RLS decides which
// projects a user sees; amounts and rates arrive as decimal strings) and a unit's bills from the bill_grid view.
import type { PeriodKind } from '../policies/simulation/period';
import { supabaseClient as db } from '../../providers/supabase-client';
import { rowsOf } from '../../providers/query-rows';
import type { TrendKind } from './period';
import type {
  AgingLevel, AgingRow, CollectorRow, DebtorRow, FeeItemName, MethodTakings, Named, PipelineRow, RateLevel, RateRow, TrendRow, UnitBill,
  UnitCollectionRow,
} from './rows';

/** Which projects and buildings a figure covers; null: every one the user sees. */
export interface Scope {
  readonly projectId: string | null;
  readonly buildingId: string | null;
}

export const COMPANY: Scope = { projectId: null, buildingId: null };

/** The period and as-of date of a figure, as the RPCs take them. */
export interface Frame {
  readonly kind: PeriodKind;
  readonly start: string;
  readonly asOf: string;
}

const scoped = (scope: Scope) => ({ p_project_id: scope.projectId, p_building_id: scope.buildingId });

export function collectionRates(level: RateLevel, f: Frame, scope: Scope): Promise<RateRow[]> {
  return rowsOf(db.rpc('collection_rates', { p_level: level, p_kind: f.kind, p_start: f.start, p_as_of: f.asOf, ...scoped(scope) }));
}

export function collectionTrend(kind: TrendKind, range: { from: string; to: string }, scope: Scope): Promise<TrendRow[]> {
  return rowsOf(db.rpc('collection_trend', { p_kind: kind, p_from: range.from, p_to: range.to, ...scoped(scope) }));
}

export function arrearsAging(level: AgingLevel, asOf: string, scope: Scope): Promise<AgingRow[]> {
  return rowsOf(db.rpc('arrears_aging', { p_level: level, p_as_of: asOf, ...scoped(scope) }));
}

export function topDebtors(limit: number, projectId: string | null): Promise<DebtorRow[]> {
  return rowsOf(db.rpc('top_debtors', { p_limit: limit, p_project_id: projectId }));
}

export function unitCollection(buildingId: string, f: Frame): Promise<UnitCollectionRow[]> {
  return rowsOf(db.rpc('unit_collection', { p_building_id: buildingId, p_kind: f.kind, p_start: f.start, p_as_of: f.asOf }));
}

export function collectorTotals(projectId: string, f: Frame): Promise<CollectorRow[]> {
  return rowsOf(db.rpc('collector_totals', { p_project_id: projectId, p_kind: f.kind, p_start: f.start, p_as_of: f.asOf }));
}

export function collectionsOnDay(projectId: string, day: string): Promise<MethodTakings[]> {
  return rowsOf(db.rpc('collections_on_day', { p_project_id: projectId, p_day: day }));
}

export function dunningPipeline(projectId: string): Promise<PipelineRow[]> {
  return rowsOf(db.rpc('dunning_pipeline', { p_project_id: projectId }));
}

export const BILLS_SHOWN = 500;

/** A unit's bills, newest period first (money as text: numeric as a JSON number would pass through a double). */
export function unitBills(unitId: string): Promise<UnitBill[]> {
  return rowsOf(db.from('bill_grid')
    .select('id,status,period_start,period_end,due_date,total_due::text,paid::text,balance::text,room_no,owner_name,fee_code,fee_name_zh,fee_name_en')
    .eq('unit_id', unitId).order('period_start', { ascending: false }).order('fee_code').limit(BILLS_SHOWN));
}

export function buildingOf(buildingId: string): Promise<Named | null> {
  return rowsOf(db.from('buildings').select('id,name').eq('id', buildingId).maybeSingle());
}

/** A project's fee items' names in both languages (collection_rates names them in Chinese only). */
export function feeItemNames(projectId: string): Promise<FeeItemName[]> {
  return rowsOf(db.from('fee_items').select('id,name_zh,name_en').eq('project_id', projectId).limit(1000));
}

/** Aging of the whole scope (one row) followed by its rows at `level`. */
export async function agingWithTotal(level: AgingLevel, asOf: string, scope: Scope): Promise<AgingRow[]> {
  const [total, rows] = await Promise.all([arrearsAging('total', asOf, scope), arrearsAging(level, asOf, scope)]);
  return [...total, ...rows];
}
