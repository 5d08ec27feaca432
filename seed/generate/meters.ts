// Water and electricity meters (水表, 电表) for every unit, and monthly readings on the 25th that only go up.
// Readings are whole tenths until formatted, so no float touches them.
import type { Rng } from './rng.js';
import { dayOfMonthBefore, toIso, yearOf } from './calendar.js';
import type { Lifecycle } from './lifecycle.js';
import type { MeterKind, MeterReadingRow, MeterRow, UnitUsage } from './rows.js';

export const READINGS_PER_METER = 3;
const READ_DAY = 25;

export interface MeteredUnit { unitId: string; usage: UnitUsage; life: Lifecycle }

/** Monthly use in tenths of m³ (water) or kWh (electricity), for one household or shop. */
function monthlyUse(rng: Rng, kind: MeterKind, usage: UnitUsage): number {
  const commercial = usage === 'commercial';
  if (kind === 'water') return commercial ? rng.int(50, 300) : rng.int(40, 180);
  return commercial ? rng.int(3000, 15000) : rng.int(1200, 4500);
}

function renovationUse(rng: Rng, kind: MeterKind): number {
  return kind === 'water' ? rng.int(20, 60) : rng.int(500, 1500);
}

/** The reading days: the 25th of the last READINGS_PER_METER months, on or before asOf, oldest first. */
export function readDays(asOf: number): number[] {
  const skip = dayOfMonthBefore(asOf, 0, READ_DAY) > asOf ? 1 : 0;
  return Array.from({ length: READINGS_PER_METER }, (_, i) => dayOfMonthBefore(asOf, skip + READINGS_PER_METER - 1 - i, READ_DAY));
}

function formatTenths(value: number): string {
  return `${Math.floor(value / 10)}.${value % 10}`;
}

/** What a unit's meters do in the month before `day`. */
function phaseOn(life: Lifecycle, day: number): 'living' | 'renovating' | 'idle' {
  if (life.occupancy !== null && life.occupancy <= day) return 'living';
  if (life.renovation !== null && life.renovation <= day) return 'renovating';
  return 'idle';
}

export function generateMeters(
  rng: Rng, ids: Rng, projectId: string, deliveredOn: number, units: MeteredUnit[], asOf: number,
): { meters: MeterRow[]; readings: MeterReadingRow[] } {
  const days = readDays(asOf);
  const dayIsos = days.map(toIso);
  const first = days[0] ?? asOf;
  const year = yearOf(deliveredOn);
  const meters: MeterRow[] = [];
  const readings: MeterReadingRow[] = [];
  for (const [index, { unitId, usage, life }] of units.entries()) {
    const phases = days.map((day) => phaseOn(life, day));
    for (const kind of ['water', 'electricity'] as const) {
      const serial = `${kind === 'water' ? 'SB' : 'DB'}${year}${String(index + 1).padStart(6, '0')}`;
      const meter: MeterRow = { id: ids.uuid(), project_id: projectId, unit_id: unitId, kind, serial, multiplier: '1.00' };
      meters.push(meter);
      const use = monthlyUse(rng, kind, usage);
      const reno = renovationUse(rng, kind);
      // What the meter had counted by the first reading: whole months lived in, plus the renovation.
      let value = rng.int(0, 20);
      if (life.renovation !== null && life.renovation < first) value += reno * 4;
      if (life.occupancy !== null && life.occupancy < first) value += Math.floor((first - life.occupancy) / 30) * use;
      for (let i = 0; i < days.length; i++) {
        if (i > 0) {
          const phase = phases[i];
          if (phase === 'living') value += use + rng.int(-Math.floor(use / 5), Math.floor(use / 5));
          else if (phase === 'renovating') value += reno;
          else value += rng.int(0, 2); // an empty flat still ticks over now and then
        }
        readings.push({
          id: ids.uuid(), project_id: projectId, meter_id: meter.id, read_on: dayIsos[i] ?? '', reading: formatTenths(value), source: 'manual',
        });
      }
    }
  }
  return { meters, readings };
}
