// Realistic engine inputs for benchmarks and differential tests: one seeded project's units as `unit_facts`
// rows (current owner, parking spaces), water readings for the quarter, and unpaid bills for some units.
import { generateProjectRecords, planSeed, resolveOptions } from '../seed/generate/index.js';
import { factsFromRow, type PeriodFacts, type UnitFactsRow } from '../plugins/core-facts/from-row.js';
import type { Facts } from '../rules/plugin/types.js';
import { Decimal } from '../rules/money.js';

const DUE_DATES = ['2026-01-10', '2026-04-10', '2026-07-10', '2026-10-10'];

export function seededUnitFacts(units: number, seed = 2026): Facts[] {
  const options = resolveOptions({ projects: 1, unitsPerProject: units, seed });
  const planned = planSeed(options).projects[0]!;
  const r = generateProjectRecords(planned, options);
  const buildingCode = new Map(r.buildings.map((b) => [b.id, b.code]));
  const owners = new Map(r.owners.map((o) => [o.id, o]));
  const currentOwner = new Map(r.unit_ownerships.filter((o) => o.to_date === null).map((o) => [o.unit_id, owners.get(o.owner_id)]));
  const spaces = new Map<string, number>();
  for (const p of r.parking_spaces) if (p.unit_id) spaces.set(p.unit_id, (spaces.get(p.unit_id) ?? 0) + 1);
  // Each unit's readings per meter kind, oldest first: the first and last stand for the period's two readings.
  const meterOf = new Map(r.meters.map((m) => [m.id, m]));
  const readings = new Map<string, Map<string, string[]>>();
  for (const reading of r.meter_readings) {
    const meter = meterOf.get(reading.meter_id);
    if (!meter) continue;
    const kinds = readings.get(meter.unit_id) ?? new Map<string, string[]>();
    kinds.set(meter.kind, [...(kinds.get(meter.kind) ?? []), reading.reading]);
    readings.set(meter.unit_id, kinds);
  }
  return r.units.map((u, i) => {
    const owner = currentOwner.get(u.id);
    const row: UnitFactsRow = {
      unit_id: u.id, room_no: u.room_no, building_code: buildingCode.get(u.building_id) ?? '', area: u.area, usage: u.usage,
      handover_date: u.handover_date, renovation_date: u.renovation_date, occupancy_date: u.occupancy_date, occupancy: u.occupancy,
      owner_id: owner?.id ?? null, owner_name: owner?.name ?? null, owner_tags: owner?.tags ?? [], parking_spaces: spaces.get(u.id) ?? 0,
    };
    const meters: NonNullable<PeriodFacts['meters']> = {};
    for (const [kind, values] of readings.get(u.id) ?? []) {
      if (values.length >= 2) meters[kind] = { previous: values[0]!, current: values[values.length - 1]! };
    }
    // One unit in ten owes a past quarter's management fee: its own area's fee (so balances vary as in a real
    // ledger), due on one of the last four quarters' due dates.
    const arrears = i % 10 === 3
      ? [{ billId: `b-${u.id}`, feeItem: 'mgmt', balance: new Decimal(u.area).times('8.40').toFixed(2), dueDate: DUE_DATES[i % DUE_DATES.length]! }]
      : [];
    return factsFromRow(row, { meters, arrears });
  });
}
