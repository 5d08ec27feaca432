// Business dates as whole days since 1970-01-01 (UTC), so date arithmetic is integer arithmetic;
// rows carry them as 'YYYY-MM-DD' strings.

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got '${iso}'`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`not a calendar date: '${iso}'`);
  }
  return ms / MS_PER_DAY;
}

// The same few thousand days are formatted over and over (hundreds of thousands of rows): remember them.
const isoCache = new Map<number, string>();

export function toIso(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** The given day of the month `monthsBack` months before the month of `day`. */
export function dayOfMonthBefore(day: number, monthsBack: number, dayOfMonth: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsBack, dayOfMonth) / MS_PER_DAY;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
