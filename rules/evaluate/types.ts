// What one evaluation returns: one fee line for one unit, fee item and period — or why it failed.
import type { Localized } from '../localized.js';
import type { Phase } from '../plugin/types.js';

export interface ExplanationLine {
  phase: Phase | 'total';
  /** The rule whose action produced the line (absent for engine lines such as proration and totals). */
  rule?: string;
  t: Localized;
  v?: Readonly<Record<string, string>>;
  /** The line's amount, two decimals, when it has one. */
  amount?: string;
}

export interface FiredRule {
  name: string;
  priority: number;
  type: string;
  /** The fact values the rule's conditions looked at: `fact` or `fact$.path` → value. */
  saw: Readonly<Record<string, unknown>>;
}

export interface LineOk {
  ok: true;
  feeItem: string;
  /** Amounts rounded once per the policy, as two-decimal strings; total = principal − discount + surcharge + lateFee. */
  principal: string;
  discount: string;
  surcharge: string;
  lateFee: string;
  total: string;
  dueDate: string | null;
  fired: FiredRule[];
  explanation: ExplanationLine[];
}

export interface LineFailed {
  ok: false;
  feeItem: string;
  error: { message: string; rule?: string; action?: string; plugin?: string };
}

export type LineResult = LineOk | LineFailed;

/** The inputs of one evaluation besides the facts. */
export interface EvalInput {
  period: { start: string; end: string };
  asOf: string;
}
