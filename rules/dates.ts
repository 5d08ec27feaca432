// Business days as 'YYYY-MM-DD' strings and as day numbers (days since 1970-01-01, UTC): nothing here reads
// the clock or the machine's time zone — "today" is always an input.

export type DayNumber = number;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month1: number): number {
  return month1 === 2 && isLeap(year) ? 29 : MONTH_DAYS[month1 - 1]!;
}

/** The digits of text[from, to) as a number, or -1 when one is not an ASCII digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
function civilDay(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * The day number of a valid 'YYYY-MM-DD', or null. Checked and converted from the characters: billing reads
 * each unit's dates as fresh strings, where a regex, a Date or a lookup keyed by the string all cost more.
 * Years before 100 are refused, as they always were (Date.UTC reads them as 19xx).
 */
function parseDay(value: string): DayNumber | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return civilDay(year, month, day);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseDay(value) !== null;
}

export function toDay(date: string): DayNumber {
  const day = typeof date === 'string' ? parseDay(date) : null;
  if (day === null) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

// The date of a day number (H. Hinnant's civil_from_days): integer steps, no Date object to build and format.
export function fromDay(day: DayNumber): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

/**
 * Whole calendar months from `from` to `to` (on or after it), both valid 'YYYY-MM-DD' dates: a month is complete
 * on the same day of a later month, or on that month's last day when it is shorter (2027-01-31 → 2027-02-28 is
 * one month). Read from the characters, without day numbers: the derived status asks this for every unit.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to < from) throw new Error(`${to} is before ${from}`);
  const y2 = digits(to, 0, 4);
  const m2 = digits(to, 5, 7);
  const months = (y2 - digits(from, 0, 4)) * 12 + (m2 - digits(from, 5, 7));
  return digits(to, 8, 10) >= Math.min(digits(from, 8, 10), daysInMonth(y2, m2)) ? months : months - 1;
}

/** A calendar month cut to [from, to] (day numbers, inclusive), with its full length for proration. */
export interface MonthSlice { year: number; month: number; from: DayNumber; to: DayNumber; daysInMonth: number }

/** The calendar months that [start, end] touches, each cut to the range. */
export function monthSlices(start: string, end: string): MonthSlice[] {
  const from = toDay(start);
  const to = toDay(end);
  if (to < from) throw new Error(`period ends (${end}) before it starts (${start})`);
  const slices: MonthSlice[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    const first = civilDay(year, month, 1);
    const dim = daysInMonth(year, month);
    const last = first + dim - 1;
    slices.push({ year, month, from: Math.max(first, from), to: Math.min(last, to), daysInMonth: dim });
    if (last >= to) return slices;
    month += 1;
    if (month === 13) { month = 1; year += 1; }
  }
}
