// One unit's engine facts from a `unit_facts` row (the view the console's simulation and the billing run both
// read), so every caller builds the same facts. Dates not recorded are left out, as the fact schemas expect.
import type { Facts } from '../../rules/plugin/types.js';

export interface UnitFactsRow {
  unit_id: string;
  room_no: string;
  building_code: string;
  area: string;
  usage: string;
  handover_date: string | null;
  renovation_date: string | null;
  occupancy_date: string | null;
  occupancy: string;
  owner_id: string | null;
  owner_name: string | null;
  owner_tags: string[] | null;
  parking_spaces: number;
}

/** Facts a row does not hold: readings for the period, unpaid earlier bills, an installment plan. */
export interface PeriodFacts {
  meters?: Record<string, { previous: string; current: string; multiplier?: string }>;
  arrears?: ReadonlyArray<{ billId: string; feeItem: string; balance: string; dueDate: string }>;
  plan?: { current: boolean };
}

export function factsFromRow(row: UnitFactsRow, period: PeriodFacts = {}): Facts {
  const unit: Record<string, unknown> = {
    id: row.unit_id, roomNo: row.room_no, buildingCode: row.building_code, area: row.area, usage: row.usage, occupancy: row.occupancy,
  };
  if (row.handover_date) unit.handoverDate = row.handover_date;
  if (row.renovation_date) unit.renovationDate = row.renovation_date;
  if (row.occupancy_date) unit.occupancyDate = row.occupancy_date;
  // Facts are never mutated afterwards: plugins cache what they parse per fact object.
  return {
    unit,
    owner: { id: row.owner_id ?? '', name: row.owner_name ?? '', tags: row.owner_tags ?? [] },
    parking: { spaces: row.parking_spaces },
    meters: period.meters ?? {},
    arrears: period.arrears ?? [],
    plan: period.plan ?? { current: false },
  };
}
