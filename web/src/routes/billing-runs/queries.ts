// What the billing runs page reads, straight from the tables (RLS lets every role of the project read runs), and
// its one write: starting a run through the billing-run function, which checks the role and runs the billing.
import { localeStore } from '../../i18n/locale-store';
import { dbErrorText, tableLabel } from '../../i18n/messages';
import { describeDbError } from '../../providers/postgrest-errors';
import { supabaseClient as db } from '../../providers/supabase-client';
import type { StartRunBody } from './run-request';
import { toRunDetails, toRunSummary, type RunDetails, type RunRow, type RunSummary } from './run-stats';
import { functionErrorMessage } from '../../providers/function-errors';

export interface BuildingRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

const LIST_COLUMNS = [
  'id', 'period_start', 'period_end', 'fee_items', 'building_ids', 'status', 'units_total', 'units_done', 'policy_version',
  'requested_by', 'started_at', 'finished_at', 'created_at',
  // Only the totals of stats: its error list (up to 500 entries) is read when a run's details are opened, not
  // every second while the page follows a run.
  'created:stats->created', 'updated:stats->updated', 'unchanged:stats->unchanged', 'proposed:stats->proposed',
  'errorCount:stats->errorCount', 'receivable:stats->>receivable',
].join(',');

function readable(error: unknown): Error {
  const locale = localeStore.get();
  return new Error(dbErrorText(locale, describeDbError(error), (kind, name) => (kind === 'table' ? tableLabel(locale, name) : name)));
}

async function run<T>(query: PromiseLike<{ data: T | null; error: unknown; count?: number | null }>): Promise<{ data: T; count: number }> {
  let response: { data: T | null; error: unknown; count?: number | null };
  try {
    response = await query;
  } catch (error) {
    throw readable(error);
  }
  if (response.error || response.data === null) throw readable(response.error);
  return { data: response.data, count: response.count ?? 0 };
}

/** One page of a project's runs, newest first, and how many runs it has. */
export async function listRuns(projectId: string, page: number, pageSize: number): Promise<{ rows: RunSummary[]; total: number }> {
  const from = (page - 1) * pageSize;
  const { data, count } = await run(db.from('billing_runs').select(LIST_COLUMNS, { count: 'exact' })
    .eq('project_id', projectId).order('created_at', { ascending: false }).range(from, from + pageSize - 1));
  return { rows: (data as unknown as RunRow[]).map(toRunSummary), total: count };
}

export async function runDetails(id: string): Promise<RunDetails> {
  const { data } = await run(db.from('billing_runs').select('errors:stats->errors,notBilled:stats->notBilled,error').eq('id', id).single());
  return toRunDetails(data as unknown as Parameters<typeof toRunDetails>[0]);
}

export async function projectBuildings(projectId: string): Promise<BuildingRow[]> {
  const { data } = await run(db.from('buildings').select('id,code,name').eq('project_id', projectId).order('code').range(0, 999));
  return data as BuildingRow[];
}

/** Starts a run and returns at once (the function answers 202 and keeps billing); errors carry its message. */
export async function startRun(body: StartRunBody): Promise<void> {
  const { error } = await db.functions.invoke('billing-run', { body });
  if (error) throw new Error(await functionErrorMessage(error, localeStore.get()));
}
