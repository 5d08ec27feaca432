// Billing periods a simulation runs over: a month, a quarter or a year, as inclusive 'YYYY-MM-DD' dates.
import type { Period } from './types';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function span(year: number, firstMonth: number, months: number): Period {
  const endMonth = firstMonth + months - 1;
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}` };
}

/** The period of `kind` that contains `date` ('YYYY-MM-DD'). */
export function periodContaining(kind: PeriodKind, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'month') return span(year, month, 1);
  if (kind === 'quarter') return span(year, Math.floor((month - 1) / 3) * 3 + 1, 3);
  return span(year, 1, 12);
}

/** The period of `kind` after the one containing `date`: what an office usually simulates next. */
export function periodAfter(kind: PeriodKind, date: string): Period {
  const current = periodContaining(kind, date);
  const [y, m, d] = current.end.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return periodContaining(kind, next);
}
