// Parking spaces (车位): visitor spaces on the ground, the rest underground, sold (owned) or rented to owners.
import type { Rng } from './rng.js';
import type { ParkingKind, ParkingSpaceRow } from './rows.js';

/** A unit a space can belong to, with its current owner. */
export interface ParkingCandidate { unitId: string; ownerId: string }

export function generateParking(
  rng: Rng, ids: Rng, projectId: string, unitCount: number, ratio: number, candidates: ParkingCandidate[],
): ParkingSpaceRow[] {
  const total = Math.round(unitCount * ratio);
  const visitors = total === 0 ? 0 : Math.max(1, Math.round(total * 0.05));
  const underground = total - visitors;
  // Large garages have two levels.
  const levels = underground > 300 ? ['B1', 'B2'] : ['B1'];
  const perLevel = Math.ceil(underground / levels.length);
  const width = Math.max(3, String(perLevel).length);
  const spaces: ParkingSpaceRow[] = [];
  const push = (code: string, zone: string, kind: ParkingKind, holder: ParkingCandidate | undefined) =>
    spaces.push({
      id: ids.uuid(), project_id: projectId, code, zone, kind, unit_id: holder?.unitId ?? null, owner_id: holder?.ownerId ?? null,
    });

  for (let i = 0; i < underground; i++) {
    const zone = levels[Math.floor(i / perLevel)] ?? 'B1';
    const code = `${zone}-${String((i % perLevel) + 1).padStart(width, '0')}`;
    const holder = candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (holder && rng.chance(0.55)) push(code, zone, 'owned', holder);
    else push(code, zone, 'rented', holder && rng.chance(0.75) ? holder : undefined); // unlinked = free to let
  }
  for (let i = 0; i < visitors; i++) push(`V-${String(i + 1).padStart(3, '0')}`, '地面', 'visitor', undefined);
  return spaces;
}
