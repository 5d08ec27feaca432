// Evaluates the draft and the published version for every unit × fee item, a chunk at a time, so the caller
// (a Web Worker, or the page between frames) can report progress and never blocks for long.
import { compilePolicy, type CompiledPolicy, type EvalInput, type LineResult, type PluginRegistry } from '../../../../../rules';
import { factsOfUnit, type PeriodFacts, type UnitFactsRow } from './facts';
import type { Period, Side, SimLine, SimulationResult, SimUnit } from './types';

export interface SimulationInput {
  readonly draft: unknown;
  /** The published version's document, or null when the project has none. */
  readonly published: unknown;
  readonly rows: readonly UnitFactsRow[];
  /** Meter readings and unpaid bills for the period, by unit id (units without any are left out). */
  readonly periodFacts?: Readonly<Record<string, PeriodFacts>>;
  readonly period: Period;
  readonly asOf: string;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

export function sideOf(result: LineResult): Side {
  if (result.ok) return { ok: true, total: result.total };
  return { ok: false, message: result.error.message, ...(result.error.rule ? { rule: result.error.rule } : {}) };
}

function evaluateSide(policy: CompiledPolicy | null, codes: ReadonlySet<string>, code: string, facts: Parameters<CompiledPolicy['evaluate']>[1], input: EvalInput): Side {
  if (!policy || !codes.has(code)) return null;
  try {
    return sideOf(policy.evaluate(code, facts, input));
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const codesOf = (policy: CompiledPolicy | null): Set<string> => new Set(policy?.doc.feeItems.map((item) => item.code) ?? []);

/**
 * Yields progress after every chunk of units and returns the result. Throws when the draft is invalid (the
 * editor shows why); a published version that no longer compiles is reported and left out of the comparison.
 */
export function* simulate(input: SimulationInput, registry: PluginRegistry, chunk = 250): Generator<Progress, SimulationResult> {
  const draft = compilePolicy(input.draft, registry);
  let published: CompiledPolicy | null = null;
  let baselineError: string | undefined;
  if (input.published !== null && input.published !== undefined) {
    try {
      published = compilePolicy(input.published, registry);
    } catch (e) {
      baselineError = e instanceof Error ? e.message : String(e);
    }
  }
  const draftCodes = codesOf(draft);
  const publishedCodes = codesOf(published);
  const feeItems = [...draftCodes, ...[...publishedCodes].filter((code) => !draftCodes.has(code))];
  const evalInput: EvalInput = { period: input.period, asOf: input.asOf };
  const units: SimUnit[] = [];
  const lines: SimLine[] = [];
  const total = input.rows.length;
  for (let start = 0; start < total; start += chunk) {
    for (const row of input.rows.slice(start, start + chunk)) {
      const unit = units.length;
      units.push({ id: row.unit_id, roomNo: row.room_no, ownerName: row.owner_name ?? '' });
      const facts = factsOfUnit(row, input.periodFacts?.[row.unit_id]);
      for (const feeItem of feeItems) {
        lines.push({
          unit,
          feeItem,
          before: evaluateSide(published, publishedCodes, feeItem, facts, evalInput),
          after: evaluateSide(draft, draftCodes, feeItem, facts, evalInput),
        });
      }
    }
    yield { done: Math.min(start + chunk, total), total };
  }
  return {
    units,
    feeItems,
    lines,
    hasBaseline: published !== null,
    ...(baselineError ? { baselineError } : {}),
    period: input.period,
    asOf: input.asOf,
  };
}
