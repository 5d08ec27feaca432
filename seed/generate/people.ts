// Owners (业主) and who owned which unit when. Every unit has exactly one current owner: a buyer, or the developer
// for unsold units (开发商 pays their fees). A few units were resold, leaving a closed earlier ownership behind.
import type { Rng } from './rng.js';
import { idCardTail, mobilePhone, personName } from './names.js';
import { toIso } from './calendar.js';
import type { OwnerRow, ProjectRow, UnitOwnershipRow } from './rows.js';
import type { Lifecycle } from './lifecycle.js';

export interface OwnedUnit { unitId: string; life: Lifecycle }

export interface People {
  owners: OwnerRow[];
  ownerships: UnitOwnershipRow[];
  /** Current owner id per unit id. */
  currentOwner: Map<string, string>;
}

function person(rng: Rng, ids: Rng, projectId: string): OwnerRow {
  const tags: string[] = [];
  if (rng.chance(0.06)) tags.push('senior');
  if (rng.chance(0.015)) tags.push('disabled');
  return {
    id: ids.uuid(),
    project_id: projectId,
    name: personName(rng),
    phone: rng.chance(0.98) ? mobilePhone(rng) : null,
    id_card_tail: rng.chance(0.9) ? idCardTail(rng) : null,
    tags,
    note: null,
  };
}

export function generatePeople(rng: Rng, ids: Rng, project: ProjectRow, units: OwnedUnit[], delivered: number, asOf: number): People {
  const developer: OwnerRow = {
    id: ids.uuid(), project_id: project.id, name: `${project.name}置业有限公司`,
    phone: `400-${rng.int(100, 999)}-${rng.int(1000, 9999)}`, id_card_tail: null, tags: ['developer'], note: '开发商（未售房源）',
  };
  const owners: OwnerRow[] = [developer];
  const buyers: OwnerRow[] = [];
  const ownerships: UnitOwnershipRow[] = [];
  const currentOwner = new Map<string, string>();
  const own = (unitId: string, ownerId: string, from: number, to: number | null) =>
    ownerships.push({
      id: ids.uuid(), project_id: project.id, unit_id: unitId, owner_id: ownerId, from_date: toIso(from),
      to_date: to === null ? null : toIso(to),
    });

  for (const { unitId, life } of units) {
    if (life.handover === null) {
      own(unitId, developer.id, Math.min(delivered, asOf), null);
      currentOwner.set(unitId, developer.id);
      continue;
    }
    let from = life.handover;
    // Resale (二手房): the earlier owner's period closes the day before the new owner's starts.
    if (asOf - life.handover > 730 && rng.chance(0.05)) {
      const earlier = person(rng, ids, project.id);
      owners.push(earlier);
      from = rng.int(life.handover + 365, asOf - 30);
      own(unitId, earlier.id, life.handover, from - 1);
    }
    // Some owners hold a second unit (a flat for their parents, a shop downstairs).
    const reused = buyers.length > 0 && rng.chance(0.04) ? rng.pick(buyers) : undefined;
    const owner = reused ?? person(rng, ids, project.id);
    if (!reused) {
      owners.push(owner);
      buyers.push(owner);
    }
    own(unitId, owner.id, from, null);
    currentOwner.set(unitId, owner.id);
  }
  return { owners, ownerships, currentOwner };
}
