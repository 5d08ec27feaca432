// Buildings and their units: 房号 'building-entrance-floor+room' (3-2-1502 = 3栋 2单元 15楼 02室), 建筑面积, usage.
// Every building of one shape shares its 户型 (floor plan), so a room position has the same area on every floor.
import type { Rng } from './rng.js';
import type { BuildingShape, ProjectProfile } from './catalog.js';
import type { BuildingRow, UnitUsage } from './rows.js';

export interface PlacedUnit {
  building_id: string; room_no: string; floor: number; entrance: number; area: string; usage: UnitUsage;
}

/** Areas are whole hundredths of a m² until formatted, so no float ever touches them. */
const MIN_AREA = 5500;
const MAX_AREA = 18000;

export function formatHundredths(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** Area (hundredths of m²) of each room position of one shape: ends of a 4-room floor are large, middles small. */
function floorPlan(rng: Rng, shape: BuildingShape): number[] {
  return Array.from({ length: shape.rooms }, (_, position) => {
    const end = position === 0 || position === shape.rooms - 1;
    if (shape.floors <= 6) return rng.int(6000, 12000);
    if (shape.floors <= 11) return rng.int(9000, 15000);
    if (shape.rooms <= 2) return rng.int(8500, 14500);
    return end ? rng.int(9500, 14000) : rng.int(MIN_AREA, 9500);
  });
}

/** 洋房 (7–11 floors) often have a duplex top floor (顶跃): larger, still within the range. */
function topFloorArea(area: number, shape: BuildingShape, floor: number): number {
  return floor === shape.floors && shape.floors > 6 && shape.floors <= 11 ? Math.min(MAX_AREA, area + 4000) : area;
}

export function layoutProject(
  projectId: string, profile: ProjectProfile, unitsWanted: number, rng: Rng, ids: Rng,
): { buildings: BuildingRow[]; units: PlacedUnit[] } {
  const plans = profile.shapes.map((shape) => ({ shape, rooms: floorPlan(rng, shape) }));
  const buildings: BuildingRow[] = [];
  const units: PlacedUnit[] = [];
  for (let b = 1; units.length < unitsWanted; b++) {
    const { shape, rooms } = rng.pick(plans);
    const hasShops = rng.chance(profile.shopBuildingShare);
    const building: BuildingRow = { id: ids.uuid(), project_id: projectId, code: String(b), name: `${b}栋`, floors: 0 };
    const placed: PlacedUnit[] = [];
    // Floor by floor, so a building cut short by unitsWanted is a complete lower part of itself.
    for (let floor = 1; floor <= shape.floors && units.length + placed.length < unitsWanted; floor++) {
      for (let entrance = 1; entrance <= shape.entrances && units.length + placed.length < unitsWanted; entrance++) {
        for (let room = 1; room <= shape.rooms && units.length + placed.length < unitsWanted; room++) {
          const shop = hasShops && floor === 1;
          const area = shop ? rng.int(MIN_AREA, MAX_AREA) : topFloorArea(rooms[room - 1] ?? MIN_AREA, shape, floor);
          placed.push({
            building_id: building.id,
            room_no: `${b}-${entrance}-${floor}${String(room).padStart(2, '0')}`,
            floor,
            entrance,
            area: formatHundredths(area),
            usage: shop ? 'commercial' : 'residential',
          });
          building.floors = floor;
        }
      }
    }
    placed.sort((x, y) => x.entrance - y.entrance || x.floor - y.floor || (x.room_no < y.room_no ? -1 : 1));
    buildings.push(building);
    units.push(...placed);
  }
  return { buildings, units };
}
