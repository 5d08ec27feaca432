// One unit's engine facts from a `unit_facts` row (the view the console's simulation and the billing run both
// read), so every caller builds the same facts. Dates not recorded are left out, as the fact schemas expect;
// `status` is derived by its plugin, not here. Facts are never mutated afterwards: plugins cache what they
// parse per fact object.
import type { Facts } from '../../rules/plugin/types.js';

/** A row of the unit_facts view as PostgREST returns it (area is text: decimals stay exact). */
export interface UnitFactsRow {
  readonly unit_id: string;
  readonly project_id?: string;
  readonly room_no: string;
  readonly building_code: string | null;
  readonly area: string;
  readonly usage: string;
  readonly handover_date: string | null;
  readonly renovation_date: string | null;
  readonly occupancy_date: string | null;
  readonly occupancy: string;
  readonly owner_id: string | null;
  readonly owner_name: string | null;
  readonly owner_tags: readonly string[] | null;
  readonly parking_spaces: number | null;
}

/** Facts a row does not hold: readings for the period, unpaid earlier bills, an installment plan. */
export interface DisputeSpan {
  readonly from: string;
  readonly to: string | null;
}

export interface PeriodFacts {
  meters?: Record<string, { previous: string; current: string; multiplier?: string }>;
  /** Unpaid earlier bills; `disputes` are the bill's fee disputes as days [from, to), to null while open. */
  arrears?: ReadonlyArray<{ billId: string; feeItem: string; balance: string; dueDate: string; disputes?: readonly DisputeSpan[] }>;
  plan?: { current: boolean };
}

export function factsFromRow(row: UnitFactsRow, period: PeriodFacts = {}): Facts {
  const unit: Record<string, unknown> = { id: row.unit_id, roomNo: row.room_no };
  if (row.building_code) unit.buildingCode = row.building_code;
  Object.assign(unit, { area: row.area, usage: row.usage, occupancy: row.occupancy });
  if (row.handover_date) unit.handoverDate = row.handover_date;
  if (row.renovation_date) unit.renovationDate = row.renovation_date;
  if (row.occupancy_date) unit.occupancyDate = row.occupancy_date;
  const facts: Record<string, unknown> = { unit, parking: { spaces: row.parking_spaces ?? 0 } };
  if (row.owner_id) facts.owner = { id: row.owner_id, name: row.owner_name ?? '', tags: [...(row.owner_tags ?? [])] };
  if (period.meters) facts.meters = period.meters;
  if (period.arrears) facts.arrears = period.arrears;
  if (period.plan) facts.plan = period.plan;
  return facts;
}
