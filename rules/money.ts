// Exact money for the rule engine: a private decimal.js clone (never the global config), so nothing else
// in the process can change its precision or rounding. Amounts travel as strings and become Decimals here.
import DecimalJs from 'decimal.js';

/** 40 significant digits: every intermediate of a fee line is exact or far below a fen. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -20, toExpPos: 30 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);
export const HUNDREDTH = new Decimal('0.01');

export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';
export interface Rounding { step: string; mode: RoundingMode }
export const DEFAULT_ROUNDING: Rounding = { step: '0.01', mode: 'half-up' };

const MODES: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
};

/** How many ASCII digits start at `from` (up to `most` + 1, enough to tell "too many"). */
function digitRun(text: string, from: number, most: number): number {
  let i = from;
  while (i < text.length && i - from <= most) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i - from;
}

/**
 * `-?\d{1,14}(\.\d{1,10})?` — what numeric(24,10) and below hold. Scanned by hand: every unit's area, balances and
 * readings are checked, and a regex call costs several times more.
 */
function isDecimalString(text: string): boolean {
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const ints = digitRun(text, start, 14);
  if (ints < 1 || ints > 14) return false;
  const dot = start + ints;
  if (dot === text.length) return true;
  if (text.charCodeAt(dot) !== 46) return false; // '.'
  const fracs = digitRun(text, dot + 1, 10);
  return fracs >= 1 && fracs <= 10 && dot + 1 + fracs === text.length;
}

// Decimals are immutable, so one Decimal per distinct text can be shared: units with the same area (every floor
// of a building type) then share every amount derived from it, and the identity-keyed caches below hit.
const canonical = new Map<string, Decimal>();

/** The Decimal of a text dec() has parsed before (so a decimal string), or undefined. */
export const knownDecimal = (text: string): Decimal | undefined => canonical.get(text);

/** Parses a decimal string from a policy or a fact; anything else (numbers included) is refused. */
export function dec(text: string): Decimal {
  const known = canonical.get(text);
  if (known !== undefined) return known;
  if (!isDecimalText(text)) throw new Error(`not a decimal string: ${JSON.stringify(text)}`);
  const value = new Decimal(text);
  if (canonical.size >= 200_000) canonical.clear();
  canonical.set(text, value);
  return value;
}

type Binary = (a: Decimal, b: Decimal) => Decimal;

/** An exact operation remembered per pair of operands (by identity): the same inputs give the same object. */
function remembered(op: Binary): Binary {
  const cache = new WeakMap<Decimal, WeakMap<Decimal, Decimal>>();
  return (a, b) => {
    let row = cache.get(a);
    if (row === undefined) {
      row = new WeakMap();
      cache.set(a, row);
    }
    let result = row.get(b);
    if (result === undefined) {
      result = op(a, b);
      row.set(b, result);
    }
    return result;
  };
}

export const times: Binary = remembered((a, b) => a.times(b));
export const plus: Binary = remembered((a, b) => a.plus(b));
export const minus: Binary = remembered((a, b) => a.minus(b));

export function isDecimalText(value: unknown): value is string {
  return typeof value === 'string' && isDecimalString(value);
}

type Rounder = (value: Decimal) => Decimal;
const rounders = new WeakMap<Rounding, Rounder>();

/** A rounding remembered per value (by identity): amounts shared between units are rounded once. */
function rememberedRounder(compute: Rounder): Rounder {
  const cache = new WeakMap<Decimal, Decimal>();
  return (v) => {
    let r = cache.get(v);
    if (r === undefined) {
      r = compute(v);
      cache.set(v, r);
    }
    return r;
  };
}

function rounderFor(rounding: Rounding): Rounder {
  const mode = MODES[rounding.mode];
  const step = new Decimal(rounding.step);
  // A step of 1, 0.1, 0.01 … is rounding to decimal places: one operation instead of three.
  const places = step.decimalPlaces();
  if (step.equals(new Decimal(10).pow(-places))) {
    const round = rememberedRounder((v) => v.toDecimalPlaces(places, mode));
    // Most amounts are already whole fen (a fixed fee × whole months): those need neither a lookup nor a new Decimal.
    return (v) => (v.decimalPlaces() <= places ? v : round(v));
  }
  return rememberedRounder((v) => v.dividedBy(step).toDecimalPlaces(0, mode).times(step));
}

/** The policy's rounding as a function, for callers that round several amounts of a line. */
export function rounder(rounding: Rounding): Rounder {
  let round = rounders.get(rounding);
  if (!round) {
    round = rounderFor(rounding);
    rounders.set(rounding, round);
  }
  return round;
}

/** Rounds to a multiple of the policy's step (0.01 = to the fen) with the policy's mode. */
export function roundTo(value: Decimal, rounding: Rounding): Decimal {
  return rounder(rounding)(value);
}

/**
 * Two decimals, as stored in numeric(14,2) and sent on the wire. Amounts reaching here are usually rounded to
 * the fen already: padding their plain text is far cheaper than toFixed, which builds a new Decimal.
 */
const moneyTexts = new WeakMap<Decimal, string>();

export function money(value: Decimal): string {
  // Most parts of most lines (discount, surcharge, late fee) are the shared zero.
  if (value === ZERO) return '0.00';
  let text = moneyTexts.get(value);
  if (text === undefined) {
    text = moneyText(value);
    moneyTexts.set(value, text);
  }
  return text;
}

function moneyText(value: Decimal): string {
  const text = value.toString();
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00`;
  const places = text.length - dot - 1;
  if (places === 2) return text;
  if (places === 1) return `${text}0`;
  return value.toFixed(2);
}

export const min = (a: Decimal, b: Decimal): Decimal => (a.lessThan(b) ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (a.greaterThan(b) ? a : b);
