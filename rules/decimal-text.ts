// Exact arithmetic on decimal texts without building Decimals, digit by digit as on paper. A metered line's two
// readings differ from unit to unit, so parsing both into Decimals was the costliest step of the line; their
// difference as text then finds its price among the usages already priced (12.5 t, 180 kWh repeat).

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
 * `a − b` for two non-negative decimal texts (`\d+(\.\d+)?`), as Decimal#toString writes it in plain notation
 * ("12.5", "0", no leading or trailing zeros), or null when the difference is negative or a text is signed:
 * the caller then takes the Decimal path, which also words the error.
 */
export function differenceText(a: string, b: string): string | null {
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
  if (borrow === 1) return null;
  // Leading and trailing zeros go (all zeros leave "0").
  let first = 0;
  while (first < ints - 1 && digits[first] === 0) first++;
  let last = length - 1;
  while (last >= ints && digits[last] === 0) last--;
  let text = '';
  for (let i = first; i <= last; i++) text += i === ints ? `.${digits[i]!}` : String.fromCharCode(ZERO_CODE + digits[i]!);
  return text;
}
