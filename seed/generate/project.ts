// All records of one project. Each project draws from its own streams (keyed by seed, company and project code),
// so adding projects or units elsewhere never changes a project's ids or data.
import { Rng } from './rng.js';
import { toDay, toIso } from './calendar.js';
import type { SeedOptions } from './options.js';
import type { PlannedProject } from './catalog.js';
import type { ProjectRecords, UnitRow } from './rows.js';
import { layoutProject } from './layout.js';
import { unitLifecycle } from './lifecycle.js';
import { generatePeople } from './people.js';
import { generateParking, type ParkingCandidate } from './parking.js';
import { generateMeters, type MeteredUnit } from './meters.js';
import { generateFeeItems } from './fee-items.js';

const isoOrNull = (day: number | null) => (day === null ? null : toIso(day));

export function generateProjectRecords(planned: PlannedProject, options: SeedOptions): ProjectRecords {
  const { row: project, profile, company } = planned;
  const key = `${options.seed}/${company.code}/${project.code}`;
  const rng = new Rng(`${key}/data`);
  const ids = new Rng(`${key}/ids`);
  const asOf = toDay(options.asOf);
  const delivered = toDay(profile.deliveredOn);

  const { buildings, units: placed } = layoutProject(project.id, profile, options.unitsPerProject, rng, ids);
  const units: UnitRow[] = [];
  const withLife: MeteredUnit[] = [];
  for (const u of placed) {
    const life = unitLifecycle(rng, profile, delivered, u.usage, asOf);
    const id = ids.uuid();
    units.push({
      id, project_id: project.id, building_id: u.building_id, room_no: u.room_no, floor: u.floor, area: u.area, usage: u.usage,
      handover_date: isoOrNull(life.handover), renovation_date: isoOrNull(life.renovation),
      occupancy_date: isoOrNull(life.occupancy), occupancy: life.status, note: u.usage === 'commercial' ? '临街商铺' : null,
    });
    withLife.push({ unitId: id, usage: u.usage, life });
  }

  const people = generatePeople(rng, ids, project, withLife, delivered, asOf);
  const candidates: ParkingCandidate[] = [];
  for (const u of units) {
    const ownerId = people.currentOwner.get(u.id);
    if (u.usage === 'residential' && u.handover_date !== null && ownerId) candidates.push({ unitId: u.id, ownerId });
  }
  const parking = generateParking(rng, ids, project.id, units.length, profile.parkingRatio, candidates);
  const { meters, readings } = generateMeters(rng, ids, project.id, delivered, withLife, asOf);

  return {
    buildings,
    units,
    owners: people.owners,
    unit_ownerships: people.ownerships,
    parking_spaces: parking,
    meters,
    meter_readings: readings,
    fee_items: generateFeeItems(ids, project.id),
  };
}
