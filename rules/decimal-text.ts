// Exact arithmetic on decimal texts without building Decimals, digit by digit as on paper. A metered line's two
// readings differ from unit to unit, so parsing both into Decimals was the costliest step of the line; their
// difference, packed into one small integer, then finds its price among the usages already priced (12.5 t,
// 180 kWh repeat) without a string being written or hashed.

const ZERO_CODE = 48;

/** Digit `i` of a number aligned to `ints` integer places (0 = the most significant), 0 beyond its own digits. */
function digitAt(text: string, dot: number, ints: number, i: number): number {
  if (i < ints) {
    const at = i - (ints - dot);
    return at < 0 ? 0 : text.charCodeAt(at) - ZERO_CODE;
  }
  const at = dot + 1 + (i - ints);
  return at < text.length ? text.charCodeAt(at) - ZERO_CODE : 0;
}

// One result's digits, most significant first: reused, as a line needs only the text. Sized for the longest
// decimal text a fact may hold (14 + 10 digits) and grown only for longer ones, never shrunk.
const digits: number[] = new Array<number>(24).fill(0);

/**
 * Writes the digits of `a − b` for two non-negative decimal texts (`\d+(\.\d+)?`) into `digits`, aligned to the
 * returned number of integer places and length; null when the difference is negative or a text is signed.
 */
function subtract(a: string, b: string): { ints: number; length: number } | null {
  if (a.charCodeAt(0) === 45 || b.charCodeAt(0) === 45) return null; // '-'
  let aDot = a.indexOf('.');
  if (aDot < 0) aDot = a.length;
  let bDot = b.indexOf('.');
  if (bDot < 0) bDot = b.length;
  const ints = aDot > bDot ? aDot : bDot;
  const aFracs = aDot < a.length ? a.length - aDot - 1 : 0;
  const bFracs = bDot < b.length ? b.length - bDot - 1 : 0;
  const length = ints + (aFracs > bFracs ? aFracs : bFracs);

  while (digits.length < length) digits.push(0);
  let borrow = 0;
  for (let i = length - 1; i >= 0; i--) {
    let d = digitAt(a, aDot, ints, i) - digitAt(b, bDot, ints, i) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += 10;
    digits[i] = d;
  }
  // A borrow out of the first digit: b was the larger.
  return borrow === 1 ? null : { ints, length };
}

// A packed difference stays a small integer (V8 hashes those without touching a string): its digits' value below
// 2^26, its decimal places in the low 4 bits.
const MAX_PACKED_DIGITS = 2 ** 26;
const PLACES_BITS = 16;

/**
 * `a − b` packed into one small integer — the value of its digits × 16 + its decimal places — or -1 when it is
 * negative, a text is signed, or it is too long to pack. Equal differences pack equal ("7.50 − 2" and "6 − 0.5"),
 * so a usage already priced is found without writing its text; packedText() writes it.
 */
export function differenceKey(a: string, b: string): number {
  const r = subtract(a, b);
  if (r === null) return -1;
  // Trailing fraction zeros go: "12.50" and "12.5" are one usage.
  let last = r.length - 1;
  while (last >= r.ints && digits[last] === 0) last--;
  const places = last - r.ints + 1;
  if (places >= PLACES_BITS) return -1;
  let value = 0;
  for (let i = 0; i <= last; i++) {
    value = value * 10 + digits[i]!;
    if (value >= MAX_PACKED_DIGITS) return -1;
  }
  return value * PLACES_BITS + places;
}

/** The difference differenceKey() packed, as Decimal#toString writes it in plain notation ("12.5", "0.01", "0"). */
export function packedText(key: number): string {
  const places = key % PLACES_BITS;
  const value = String((key - places) / PLACES_BITS);
  if (places === 0) return value;
  const padded = value.length > places ? value : '0'.repeat(places - value.length + 1) + value;
  return `${padded.slice(0, padded.length - places)}.${padded.slice(padded.length - places)}`;
}
