// Row shapes, keyed exactly by the column names of the schema (docs: /tmp/spec/schema.md). Columns left to their
// database defaults (created_at, updated_at, row_version) are omitted. Dates are 'YYYY-MM-DD'; area, money and
// readings are decimal strings, never JS numbers.

export type UnitUsage = 'residential' | 'commercial' | 'office' | 'storage';
export type OccupancyStatus = 'unsold' | 'vacant' | 'occupied' | 'renovating';
export type FeeCategory =
  | 'management' | 'parking' | 'water' | 'electricity' | 'gas' | 'renovation' | 'deposit' | 'service' | 'commercial' | 'other';
export type FeeCycle = 'month' | 'quarter' | 'year' | 'once';
export type MeterKind = 'water' | 'electricity' | 'gas';
export type ParkingKind = 'owned' | 'rented' | 'visitor';

export interface CompanyRow { id: string; code: string; name: string }

export interface ProjectRow {
  id: string; company_id: string; code: string; name: string; address: string | null; timezone: string; active: boolean;
  office_phone: string;
  /** JSON text of the channel list: the bulk insert sends a jsonb value as one element of an array parameter. */
  payment_channels: string;
}

export interface BuildingRow { id: string; project_id: string; code: string; name: string; floors: number | null }

export interface UnitRow {
  id: string; project_id: string; building_id: string; room_no: string; floor: number | null; area: string;
  usage: UnitUsage; handover_date: string | null; renovation_date: string | null; occupancy_date: string | null;
  occupancy: OccupancyStatus; note: string | null;
}

export interface OwnerRow {
  id: string; project_id: string; name: string; phone: string | null; id_card_tail: string | null; tags: string[];
  note: string | null;
}

export interface UnitOwnershipRow {
  id: string; project_id: string; unit_id: string; owner_id: string; from_date: string; to_date: string | null;
}

export interface ParkingSpaceRow {
  id: string; project_id: string; code: string; zone: string | null; kind: ParkingKind; unit_id: string | null;
  owner_id: string | null;
}

export interface MeterRow { id: string; project_id: string; unit_id: string; kind: MeterKind; serial: string; multiplier: string }

export interface MeterReadingRow {
  id: string; project_id: string; meter_id: string; read_on: string; reading: string; source: string;
}

export interface FeeItemRow {
  id: string; project_id: string; code: string; name_zh: string; name_en: string; category: FeeCategory; cycle: FeeCycle;
  ledger: 'main' | 'deposit'; active: boolean; sort: number;
}

/** One project's records, keyed by table name, in an order that satisfies every foreign key. */
export interface ProjectRecords {
  buildings: BuildingRow[];
  units: UnitRow[];
  owners: OwnerRow[];
  unit_ownerships: UnitOwnershipRow[];
  parking_spaces: ParkingSpaceRow[];
  meters: MeterRow[];
  meter_readings: MeterReadingRow[];
  fee_items: FeeItemRow[];
}

export const PROJECT_TABLES = [
  'buildings', 'units', 'owners', 'unit_ownerships', 'parking_spaces', 'meters', 'meter_readings', 'fee_items',
] as const satisfies readonly (keyof ProjectRecords)[];
