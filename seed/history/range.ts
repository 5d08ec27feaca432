// Which months a history covers. Pure: no I/O, so the CLI, the dev stack and the bench agree on it.
import { toDay, toIso } from '../generate/calendar.js';

/** First days of the first and last month of the history ('YYYY-MM-01'), both included. */
export interface HistoryRange { fromMonth: string; toMonth: string }

/** At most ten years: the trend RPC answers no more, and nobody migrates more than that into a demo. */
export const MAX_HISTORY_MONTHS = 120;

function monthIndex(iso: string, what: string): number {
  toDay(iso); // a real calendar date
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (d !== 1) throw new Error(`${what} must be the first day of a month, got '${iso}'`);
  return y * 12 + (m - 1);
}

const monthStart = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/** Validates a range; returns its months in order. */
export function monthsOf(range: HistoryRange): string[] {
  const from = monthIndex(range.fromMonth, 'fromMonth');
  const to = monthIndex(range.toMonth, 'toMonth');
  if (to < from) throw new Error(`the history runs forward: ${range.fromMonth} is after ${range.toMonth}`);
  if (to - from + 1 > MAX_HISTORY_MONTHS) throw new Error(`at most ${MAX_HISTORY_MONTHS} months of history, asked for ${to - from + 1}`);
  return Array.from({ length: to - from + 1 }, (_, i) => monthStart(from + i));
}

/**
 * `months` months ending with the last month before the quarter of `asOf`: the current quarter stays free for
 * a billing run of one's own (asOf 2026-11-15, 24 months → 2024-10 … 2026-09). A quarter-long history then
 * starts on a quarter, so quarterly management fees cover it whole.
 */
export function historyRange(months: number, asOf: string): HistoryRange {
  if (!Number.isInteger(months) || months < 1 || months > MAX_HISTORY_MONTHS) {
    throw new Error(`history months must be an integer from 1 to ${MAX_HISTORY_MONTHS}, got ${months}`);
  }
  const day = toIso(toDay(asOf));
  const [y, m] = day.split('-').map(Number) as [number, number];
  const quarterStart = y * 12 + Math.floor((m - 1) / 3) * 3;
  return { fromMonth: monthStart(quarterStart - months), toMonth: monthStart(quarterStart - 1) };
}
