// A unit's life as a property office sees it: handover (收房) → maybe renovation (装修) → maybe occupancy (入住).
// The status is derived from the dates as of the seed's "today", so the two always agree.
import type { Rng } from './rng.js';
import type { ProjectProfile } from './catalog.js';
import type { OccupancyStatus, UnitUsage } from './rows.js';

export interface Lifecycle {
  /** Days since 1970-01-01, or null when the event has not happened (yet). */
  handover: number | null;
  renovation: number | null;
  occupancy: number | null;
  status: OccupancyStatus;
}

const UNSOLD: Lifecycle = { handover: null, renovation: null, occupancy: null, status: 'unsold' };

export function unitLifecycle(rng: Rng, profile: ProjectProfile, delivered: number, usage: UnitUsage, asOf: number): Lifecycle {
  if (delivered > asOf || !rng.chance(profile.soldShare)) return UNSOLD;
  // Most owners collect their keys in the first weeks after delivery (集中交付); the rest over the next years.
  let handover = rng.chance(0.7) ? delivered + rng.int(0, 60) : delivered + rng.int(0, 3 * 365);
  if (handover > asOf) handover = rng.int(delivered, asOf);

  const commercial = usage === 'commercial';
  const renovates = rng.chance(profile.furnished ? 0.15 : commercial ? 0.95 : 0.85);
  let renovation: number | null = null;
  if (renovates) {
    const start = handover + rng.weighted([[rng.int(7, 45), 5], [rng.int(46, 365), 4], [rng.int(366, 1095), 1]] as const);
    if (start <= asOf) renovation = start; // otherwise planned but not started: still vacant
  }

  let occupancy: number | null = null;
  if (renovation !== null) {
    const done = renovation + (commercial ? rng.int(30, 90) : rng.int(60, 210));
    if (done > asOf) return { handover, renovation, occupancy: null, status: 'renovating' };
    if (rng.chance(0.9)) occupancy = done; // else renovated and left empty (投资房)
  } else if (rng.chance(profile.furnished ? 0.8 : 0.06)) {
    const moveIn = handover + rng.int(7, 180);
    if (moveIn <= asOf) occupancy = moveIn;
  }
  return { handover, renovation, occupancy, status: occupancy === null ? 'vacant' : 'occupied' };
}
