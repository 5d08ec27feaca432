import Decimal from 'decimal.js';

/** Inserts thousands separators into a plain decimal string such as "-1234567.80". */
export function groupThousands(plain: string): string {
  const [intPart = '', fraction] = plain.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** Rounds half up (away from zero) to `scale` places and groups thousands: 1234.5 → "1,234.50". */
export function formatDecimal(value: Decimal.Value, scale: number): string {
  const rounded = new Decimal(value).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP);
  // toFixed keeps "-0.00" for tiny negatives; a zero amount has no sign.
  const plain = rounded.isZero() ? rounded.abs().toFixed(scale) : rounded.toFixed(scale);
  return groupThousands(plain);
}

/** Money as the console shows it: ¥1,234.56 and -¥1,234.56. */
export function formatMoney(value: Decimal.Value): string {
  const text = formatDecimal(value, 2);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}
