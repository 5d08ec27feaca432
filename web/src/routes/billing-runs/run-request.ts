// The body of POST /functions/v1/billing-run from the new-run form. Fee items left at "all" are not sent: the
// run then bills every recurring fee item of the policy in force and records its scope as all, whereas naming
// them would also bill one-off items (deposits) and fail on any the policy lacks.
import { periodContaining, type PeriodKind } from '../policies/simulation/period';
import type { FeeItemRow } from '../policies/queries';

export interface StartRunBody {
  readonly projectId: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly feeItems?: readonly string[];
  readonly buildingIds?: readonly string[];
  readonly asOf: string;
}

export interface NewRunChoice {
  readonly kind: PeriodKind;
  /** Any day of the period ('YYYY-MM-DD'). */
  readonly anchor: string;
  readonly feeItems: readonly string[];
  /** Empty: every building. */
  readonly buildingIds: readonly string[];
  readonly asOf: string;
}

/** What "all fee items" means in the form: the active, recurring ones. */
export function allFeeItemCodes(items: readonly FeeItemRow[]): string[] {
  return items.filter((item) => item.active && item.cycle !== 'once').map((item) => item.code);
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  new Set(a).size === new Set(b).size && a.every((code) => b.includes(code));

export function startRunBody(projectId: string, choice: NewRunChoice, allFeeItems: readonly string[]): StartRunBody {
  const period = periodContaining(choice.kind, choice.anchor);
  return {
    projectId,
    periodStart: period.start,
    periodEnd: period.end,
    ...(sameMembers(choice.feeItems, allFeeItems) ? {} : { feeItems: choice.feeItems }),
    ...(choice.buildingIds.length > 0 ? { buildingIds: choice.buildingIds } : {}),
    asOf: choice.asOf,
  };
}
