// Executes a started billing run with the service role: the published policy in force, every unit's facts,
// the compiled engine, and bills written in chunks — each chunk one transaction (write_billing_chunk), so a
// run that dies leaves whole chunks and the next run of the project completes the rest.
import type { SupabaseClient } from '@supabase/supabase-js';
import { compilePolicy, type CompiledPolicy } from '../../../rules/evaluate/compiled.js';
import { PluginRegistry } from '../../../rules/plugin/registry.js';
import type { FeeItemPolicy } from '../../../rules/policy/types.js';
import { cyclePeriods, type Period } from '../../../rules/billing/periods.js';
import { TemplateSet, unitBillLines, type BillLine, type LineError, type RunItem } from '../../../rules/billing/lines.js';
import { builtInPlugins } from '../../../plugins/index.js';
import { countUnits, loadPeriodFacts, unitFactsPages } from '../_shared/engine-data.js';
import { policyInForce } from '../_shared/policy.js';
import { call } from '../_shared/call.js';
import type { PeriodFacts, UnitFactsRow } from '../../../plugins/core-facts/from-row.js';

export interface RunRow {
  id: string;
  project_id: string;
  period_start: string;
  period_end: string;
  fee_items: string[] | null;
  building_ids: string[] | null;
  status: string;
  units_total: number;
  units_done: number;
  stats: Record<string, unknown>;
  error: string | null;
}

export interface ExecuteOptions {
  /** "Today" for late fees, in the project's time zone. */
  asOf: string;
  /** Units per chunk (one transaction each). */
  chunkUnits?: number;
}

const registry = new PluginRegistry(builtInPlugins);

/** The fee items this run bills, each with its periods; what it cannot bill is said in `skipped`. */
function runItems(policy: CompiledPolicy, run: RunRow, feeItemIds: Map<string, string>, asOf: string): { items: RunItem[]; skipped: string[] } {
  const wanted = run.fee_items ? new Set(run.fee_items) : null;
  for (const code of wanted ?? []) {
    if (!policy.doc.feeItems.some((i) => i.code === code)) throw new Error(`fee item ${code} is not in the policy in force`);
  }
  const runPeriod: Period = { start: run.period_start, end: run.period_end };
  const items: RunItem[] = [];
  const skipped: string[] = [];
  for (const item of policy.doc.feeItems as FeeItemPolicy[]) {
    if (wanted ? !wanted.has(item.code) : item.cycle === 'once') continue;
    const feeItemId = feeItemIds.get(item.code);
    if (!feeItemId) throw new Error(`fee item ${item.code} of the policy does not exist in the project's fee items`);
    // A one-off fee named explicitly is billed once for the run's period.
    const periods = item.cycle === 'once' ? [runPeriod] : cyclePeriods(item.cycle, runPeriod);
    if (!periods) {
      skipped.push(`${item.code}: its ${item.cycle} cycle does not fit ${run.period_start} – ${run.period_end}`);
      continue;
    }
    items.push({ code: item.code, feeItemId, periods: periods.map((period) => ({ period, input: { period, asOf } })) });
  }
  return { items, skipped };
}

interface ChunkFacts {
  units: UnitFactsRow[];
  /** Period key → unit → readings (and, for the run's period, arrears). */
  byPeriod: Map<string, Map<string, PeriodFacts>>;
}

const periodKey = (p: Period): string => `${p.start}|${p.end}`;

function distinctPeriods(items: readonly RunItem[]): Map<string, Period> {
  return new Map(items.flatMap((i) => i.periods.map(({ period }) => [periodKey(period), period] as const)));
}

export async function executeRun(db: SupabaseClient, run: RunRow, opts: ExecuteOptions): Promise<RunRow> {
  try {
    const policyRow = await policyInForce(db, run.project_id, run.period_start);
    let policy: CompiledPolicy;
    try {
      policy = compilePolicy(policyRow.document, registry);
    } catch (e) {
      throw new Error(`policy v${policyRow.version} cannot be used: ${(e as Error).message}`);
    }
    const feeItems = await call<Array<{ id: string; code: string }>>('reading fee items', db.from('fee_items').select('id,code').eq('project_id', run.project_id).range(0, 999));
    const { items, skipped } = runItems(policy, run, new Map(feeItems.map((f) => [f.code, f.id])), opts.asOf);
    if (items.length === 0) throw new Error(`nothing to bill: ${skipped.join('; ') || 'the policy has no fee items'}`);
    const total = await countUnits(db, run.project_id, { buildingIds: run.building_ids });
    await call('recording the run', db.rpc('describe_billing_run', { p_run_id: run.id, p_units_total: total, p_policy_id: policyRow.id, p_policy_version: policyRow.version }));

    const templates = new TemplateSet();
    const chunkUnits = opts.chunkUnits ?? 1000;
    const periods = distinctPeriods(items);
    const runKey = periodKey({ start: run.period_start, end: run.period_end });
    // The next chunk's facts load while this one is evaluated and written.
    const pages = unitFactsPages(db, run.project_id, { buildingIds: run.building_ids }, chunkUnits);
    const load = async (): Promise<ChunkFacts | null> => {
      const next = await pages.next();
      if (next.done) return null;
      const unitIds = next.value.map((u) => u.unit_id);
      const byPeriod = new Map(await Promise.all([...periods.values()].map(async (p) =>
        [periodKey(p), await loadPeriodFacts(db, run.project_id, p, unitIds)] as const)));
      // Arrears count as of the run's start, whatever the fee items' periods.
      if (!byPeriod.has(runKey)) byPeriod.set(runKey, await loadPeriodFacts(db, run.project_id, { start: run.period_start, end: run.period_end }, unitIds));
      return { units: next.value, byPeriod };
    };
    // Two chunks are written at once (each its own transaction); the next one is evaluated meanwhile.
    const writing: Array<Promise<unknown>> = [];
    for (let chunk = await load(); chunk; ) {
      const upcoming = load();
      upcoming.catch(() => undefined); // awaited below; a failure there fails the run then
      const lines: BillLine[] = [];
      const errors: LineError[] = [];
      const arrears = chunk.byPeriod.get(runKey)!;
      for (const row of chunk.units) {
        const out = unitBillLines(policy, items, row, {
          ...(arrears.get(row.unit_id)?.arrears ? { arrears: arrears.get(row.unit_id)!.arrears } : {}),
          meters: (p) => chunk!.byPeriod.get(periodKey(p))?.get(row.unit_id)?.meters,
        }, templates);
        for (const l of out.lines) lines.push(l);
        for (const e of out.errors) errors.push(e);
      }
      const write = call('writing bills', db.rpc('write_billing_chunk', {
        p_run_id: run.id, p_units: chunk.units.length, p_lines: lines, p_errors: errors, p_templates: templates.takeFresh(),
        p_policy_id: policyRow.id, p_policy_version: policyRow.version, p_plugin_versions: policy.pluginVersions,
      }));
      write.catch(() => undefined); // awaited below; a failure there fails the run then
      writing.push(write);
      if (writing.length > 1) await writing.shift();
      chunk = await upcoming;
    }
    await Promise.all(writing);
    const finished = await call<RunRow>('finishing the run', db.rpc('finish_billing_run', { p_run_id: run.id, p_status: 'succeeded', p_not_billed: skipped }));
    return finished;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const failed = await db.rpc('finish_billing_run', { p_run_id: run.id, p_status: 'failed', p_error: message });
    if (failed.error) throw new Error(`${message} (and the run could not be marked failed: ${failed.error.message})`);
    return failed.data as RunRow;
  }
}
