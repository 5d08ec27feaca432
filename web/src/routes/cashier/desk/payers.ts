// Who can pay at the desk, from what a search found: an owner with their current rooms (post_payment by owner, so
// an overpayment can become their prepaid balance), or a unit nobody owns now (by unit). Units found by room number
// lead to their current owner; owners found by name or phone come as they are; each payer once.
export interface Room {
  readonly id: string;
  readonly room_no: string;
}

export interface Payer {
  /** Stable per payer, for pickers and caches. */
  readonly key: string;
  readonly ownerId: string | null;
  readonly unitId: string | null;
  readonly name: string | null;
  readonly phone: string | null;
  readonly rooms: readonly Room[];
}

/** A unit whose room number matched, with its current ownership (none or one). */
export interface UnitMatch extends Room {
  readonly ownerships: readonly { readonly owner_id: string }[];
}

/** An owner whose name or phone matched, or who owns a matched unit, with their current rooms. */
export interface OwnerMatch {
  readonly id: string;
  readonly name: string;
  readonly phone: string | null;
  readonly ownerships: readonly { readonly unit: Room }[];
}

const compareRooms = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true });

/** Payers in room order: owners (by their first room) and unowned units together. */
export function payersOf(units: readonly UnitMatch[], owners: readonly OwnerMatch[]): Payer[] {
  const ownerPayers: Payer[] = owners.map((owner) => ({
    key: `owner:${owner.id}`,
    ownerId: owner.id,
    unitId: null,
    name: owner.name,
    phone: owner.phone,
    rooms: owner.ownerships.map((o) => o.unit).sort((x, y) => compareRooms(x.room_no, y.room_no)),
  }));
  const unitPayers: Payer[] = units.filter((unit) => unit.ownerships.length === 0).map((unit) => ({
    key: `unit:${unit.id}`,
    ownerId: null,
    unitId: unit.id,
    name: null,
    phone: null,
    rooms: [{ id: unit.id, room_no: unit.room_no }],
  }));
  const firstRoom = (payer: Payer) => payer.rooms[0]?.room_no ?? '';
  return [...ownerPayers, ...unitPayers].sort((a, b) => compareRooms(firstRoom(a), firstRoom(b)));
}
