// The billing periods of a fee item inside a run's period: a quarterly run bills a monthly item three times,
// a quarterly item once; an item whose cycle does not fit the run (a quarterly item in a one-month run, a
// one-off fee) is not billed by it.
import type { FeeCycle } from '../policy/types.js';
import { addDays, daysInMonth } from '../dates.js';

export interface Period {
  start: string;
  end: string;
}

const MONTHS: Partial<Record<FeeCycle, number>> = { month: 1, quarter: 3, year: 12 };

const monthEnd = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;

/** The item's periods covering the run's period exactly, or null when its cycle does not divide it. */
export function cyclePeriods(cycle: FeeCycle, run: Period): Period[] | null {
  const months = MONTHS[cycle];
  if (!months || run.start.slice(8) !== '01') return null;
  const periods: Period[] = [];
  let start = run.start;
  while (start <= run.end) {
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7));
    // A cycle starts on a calendar boundary: quarters in Jan/Apr/Jul/Oct, years in January.
    if ((m - 1) % months !== 0) return null;
    const endMonth = m + months - 1;
    const end = monthEnd(y + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1);
    if (end > run.end) return null;
    periods.push({ start, end });
    start = addDays(end, 1);
  }
  return periods.length > 0 && periods[periods.length - 1]!.end === run.end ? periods : null;
}
