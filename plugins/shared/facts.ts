// Typed, checked views of the loaded facts. A fact that cannot be what the office recorded (an area that is not
// a number, a date that is not a date) throws a message naming the unit and field, failing that evaluation only.
import { isIsoDate } from '../../rules/dates.js';
import { dec, isDecimalText, knownDecimal, type Decimal } from '../../rules/money.js';
import type { Facts } from '../../rules/plugin/types.js';

export type FactRecord = Readonly<Record<string, unknown>>;

/** A fact that is an object, or undefined when it was not loaded for this unit. */
export function factRecord(facts: Facts, id: string): FactRecord | undefined {
  const value = facts[id];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`fact ${id} must be an object, got ${JSON.stringify(value)}`);
  return value as FactRecord;
}

/** Where a field is, for messages: written out only when a message needs it. */
type Where = string | (() => string);

const whereText = (where: Where): string => (typeof where === 'string' ? where : where());

/** A field that must be a decimal string, as recorded. */
export function decimalTextField(record: FactRecord, field: string, where: Where): string {
  const value = record[field];
  if (!isDecimalText(value)) throw new Error(`${whereText(where)}: ${field} must be a decimal string such as "88.50", got ${JSON.stringify(value)}`);
  return value;
}

/** One Decimal per text (dec): for values that repeat between units, such as areas and balances. */
export function decimalField(record: FactRecord, field: string, where: Where): Decimal {
  const value = record[field];
  // A text parsed before is a decimal string: no second check.
  return (typeof value === 'string' ? knownDecimal(value) : undefined) ?? dec(decimalTextField(record, field, where));
}

export function optionalDate(record: FactRecord, field: string, where: Where): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (!isIsoDate(value)) throw new Error(`${whereText(where)}: ${field} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

export type MeterKind = 'water' | 'electricity' | 'gas';

const OCCUPANCIES = ['unsold', 'vacant', 'occupied', 'renovating'] as const;
export type Occupancy = (typeof OCCUPANCIES)[number];

export interface UnitView {
  /** Room number (or id) for messages. */
  readonly name: string;
  readonly area: Decimal;
  /** The area exactly as recorded, for explanations. */
  readonly areaText: string;
  readonly handoverDate: string | null;
  readonly renovationDate: string | null;
  readonly occupancyDate: string | null;
  readonly occupancy: Occupancy;
}

const unitName = (unit: FactRecord): string => `unit ${String(unit.roomNo ?? unit.id ?? '?')}`;

// The name is written only when a message needs it: most units never fail.
class ParsedUnit implements UnitView {
  constructor(
    private readonly record: FactRecord,
    readonly area: Decimal,
    readonly areaText: string,
    readonly handoverDate: string | null,
    readonly renovationDate: string | null,
    readonly occupancyDate: string | null,
    readonly occupancy: Occupancy,
  ) {}

  get name(): string {
    return unitName(this.record);
  }
}

// Several actions (and fee items) read the same unit object, one unit after another: check and parse it once.
let lastUnit: FactRecord | null = null;
let lastView: UnitView | null = null;

// The unit being parsed, named by one function rather than a new closure (or name) for every unit.
let parsing: FactRecord = {};
const parsingName = (): string => unitName(parsing);

function parseUnit(unit: FactRecord): UnitView {
  parsing = unit;
  const area = decimalField(unit, 'area', parsingName);
  if (area.isNegative()) throw new Error(`${unitName(unit)}: area must not be negative, got ${String(unit.area)}`);
  const occupancy = unit.occupancy;
  if (!OCCUPANCIES.includes(occupancy as Occupancy)) throw new Error(`${unitName(unit)}: occupancy must be one of ${OCCUPANCIES.join(', ')}, got ${JSON.stringify(occupancy)}`);
  return new ParsedUnit(
    unit,
    area,
    unit.area as string,
    optionalDate(unit, 'handoverDate', parsingName),
    optionalDate(unit, 'renovationDate', parsingName),
    optionalDate(unit, 'occupancyDate', parsingName),
    occupancy as Occupancy,
  );
}

export function unitOf(facts: Facts): UnitView {
  const unit = factRecord(facts, 'unit');
  if (!unit) throw new Error('the unit fact is missing: this action needs the unit record');
  if (unit !== lastUnit) {
    lastView = parseUnit(unit); // throws before the cache changes
    lastUnit = unit;
  }
  return lastView!;
}
