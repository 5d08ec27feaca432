// The derived `status` fact: what rule conditions usually ask about a unit, judged at the period's end so a
// replayed period sees the unit as it was then (by its dates), not as it is today.
import type { EvalContext, Facts } from '../../rules/plugin/types.js';
import { factRecord, unitOf } from '../shared/facts.js';
import { wholeMonthsBetween } from '../../rules/dates.js';

export interface UnitStatus {
  /** Handed over on or before the period's last day. */
  handedOver: boolean;
  /** Renovation started on or before the period's last day. */
  renovated: boolean;
  /** Moved in on or before the period's last day (or recorded as occupied without a date). */
  occupied: boolean;
  /** Recorded as vacant or unsold. */
  vacant: boolean;
  /** Whole months from the handover date to the period's last day; undefined when not handed over by then. */
  monthsSinceHandover: number | undefined;
}

/** No unit loaded, no status: conditions on it are simply false. */
export function deriveStatus(facts: Facts, ctx: EvalContext): UnitStatus | undefined {
  if (!factRecord(facts, 'unit')) return undefined;
  const unit = unitOf(facts);
  const end = ctx.period.end;
  // ISO dates compare in calendar order as strings.
  const handedOver = unit.handoverDate !== null && unit.handoverDate <= end;
  return {
    handedOver,
    renovated: unit.renovationDate !== null && unit.renovationDate <= end,
    occupied: unit.occupancyDate !== null ? unit.occupancyDate <= end : unit.occupancy === 'occupied',
    vacant: unit.occupancy === 'vacant' || unit.occupancy === 'unsold',
    // Always present (undefined when not handed over), so every status object has one shape.
    monthsSinceHandover: handedOver ? wholeMonthsBetween(unit.handoverDate!, end) : undefined,
  };
}
