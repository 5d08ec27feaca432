// Business days as 'YYYY-MM-DD' strings and as day numbers (days since 1970-01-01, UTC): nothing here reads
// the clock or the machine's time zone — "today" is always an input.
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayNumber = number;

const validDates = new Set<string>();

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (validDates.has(value)) return true;
  if (!checkIsoDate(value)) return false;
  if (validDates.size < 100_000) validDates.add(value);
  return true;
}

function checkIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// Billing touches the same few hundred dates millions of times: remember each one's day number.
const dayCache = new Map<string, DayNumber>();

export function toDay(date: string): DayNumber {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  if (!isIsoDate(date)) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (dayCache.size < 100_000) dayCache.set(date, day);
  return day;
}

export function fromDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
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
    const first = Date.UTC(year, month - 1, 1) / DAY_MS;
    const dim = daysInMonth(year, month);
    const last = first + dim - 1;
    slices.push({ year, month, from: Math.max(first, from), to: Math.min(last, to), daysInMonth: dim });
    if (last >= to) return slices;
    month += 1;
    if (month === 13) { month = 1; year += 1; }
  }
}
