// What a simulation produces: for every unit × fee item, the published version's line ("before") and the
// draft's ("after"), kept as small as possible so 25,000 units travel from the worker cheaply.

/** One side of a line: its total, why it failed, or null when that policy has no such fee item (or none exists). */
export type Side =
  | { readonly ok: true; readonly total: string }
  | { readonly ok: false; readonly message: string; readonly rule?: string }
  | null;

export interface SimUnit {
  readonly id: string;
  readonly roomNo: string;
  readonly ownerName: string;
}

export interface SimLine {
  /** Index into `units`. */
  readonly unit: number;
  readonly feeItem: string;
  readonly before: Side;
  readonly after: Side;
}

export interface Period {
  readonly start: string;
  readonly end: string;
}

export interface SimulationResult {
  readonly units: readonly SimUnit[];
  /** Fee item codes of the draft, then those only the published version has. */
  readonly feeItems: readonly string[];
  readonly lines: readonly SimLine[];
  /** Whether a published version was compared against (otherwise every "before" is null). */
  readonly hasBaseline: boolean;
  /** Why the published version could not be compared against (it does not compile), if so. */
  readonly baselineError?: string;
  readonly period: Period;
  readonly asOf: string;
}
