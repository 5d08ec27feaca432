// A billing run as the page shows it. `stats` is jsonb the function fills chunk by chunk, so a run that has not
// written its first chunk has no counts yet: missing counts read as 0 and a missing receivable as "0".
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly proposed: number;
  readonly errorCount: number;
}

/** One row of billing_runs with the totals of its stats picked out (queries.ts selects them by JSON path). */
export interface RunRow {
  readonly id: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly fee_items: readonly string[] | null;
  readonly building_ids: readonly string[] | null;
  readonly status: RunStatus;
  readonly units_total: number;
  readonly units_done: number;
  readonly policy_version: number | null;
  readonly requested_by: string | null;
  readonly started_at: string | null;
  readonly finished_at: string | null;
  readonly created_at: string;
  readonly created: unknown;
  readonly updated: unknown;
  readonly unchanged: unknown;
  readonly proposed: unknown;
  readonly errorCount: unknown;
  readonly receivable: unknown;
}

export interface RunSummary extends Omit<RunRow, keyof RunCounts | 'receivable'> {
  readonly counts: RunCounts;
  /** Decimal string, e.g. "123456.70": never a JavaScript number. */
  readonly receivable: string;
}

/** A unit × fee item × period the engine could not bill, with why. */
export interface RunError {
  readonly unitId: string;
  readonly roomNo: string;
  readonly feeItem: string;
  readonly periodStart: string;
  readonly message: string;
  readonly rule?: string;
  readonly plugin?: string;
}

export interface RunDetails {
  /** The first 500 errors the run kept (RunCounts.errorCount says how many there were). */
  readonly errors: readonly RunError[];
  /** Fee items the run left out, with why (set when it finishes). */
  readonly notBilled: readonly string[];
  /** Why a failed run failed. */
  readonly failure: string | null;
}

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function toRunSummary(row: RunRow): RunSummary {
  const { created, updated, unchanged, proposed, errorCount, receivable, ...rest } = row;
  return {
    ...rest,
    counts: { created: count(created), updated: count(updated), unchanged: count(unchanged), proposed: count(proposed), errorCount: count(errorCount) },
    receivable: typeof receivable === 'string' ? receivable : '0',
  };
}

export function toRunDetails(row: { readonly errors: unknown; readonly notBilled: unknown; readonly error: string | null }): RunDetails {
  return { errors: list<RunError>(row.errors), notBilled: list<string>(row.notBilled), failure: row.error };
}

/** Still working: the page follows it. */
export const isActive = (status: RunStatus): boolean => status === 'queued' || status === 'running';

/** Whole percent of units done; 0 until the run knows how many units it has. */
export function percentDone(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
}
