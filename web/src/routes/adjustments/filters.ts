// The page's filter as the user sets it (a status, and a month, quarter or year — or all of either), and the
// query filter it stands for.
import { periodContaining, type PeriodKind } from '../policies/simulation/period';
import type { AdjustmentFilter, AdjustmentStatus } from './queries';

export interface FilterState {
  readonly status: AdjustmentStatus | 'all';
  readonly kind: PeriodKind | 'all';
  /** Any day inside the chosen period ('YYYY-MM-DD'). */
  readonly anchor: string;
}

export function toFilter(state: FilterState): AdjustmentFilter {
  return {
    status: state.status === 'all' ? null : state.status,
    period: state.kind === 'all' ? null : periodContaining(state.kind, state.anchor),
  };
}
