// What a dashboard shows: a period (month, quarter or year) and the day its figures are as of — today, or the
// period's last day (期末). Kept in the address (?kind=quarter&period=2034-01-01&asOf=end) so a drill-down, a
// reload or a shared link shows the same figures.
import dayjs from 'dayjs';
import { periodContaining, PERIOD_KINDS, type PeriodKind } from '../policies/simulation/period';
import { todayIn } from '../cashier/business-day';

export type AsOfChoice = 'today' | 'end';
export const AS_OF_CHOICES: readonly AsOfChoice[] = ['today', 'end'];

export interface DashboardView {
  readonly kind: PeriodKind;
  /** The period's first and last day, 'YYYY-MM-DD'. */
  readonly start: string;
  readonly end: string;
  readonly asOf: AsOfChoice;
}

/**
 * "Today" as the analytics RPCs judge an as-of date (private.as_of_month accepts a month end or a day not before
 * today in Asia/Shanghai).
 */
export const todayForAsOf = (now: Date = new Date()): string => todayIn('Asia/Shanghai', now);

/** A finished period is read as of its end; the current one (or a later one) as of today. */
export function defaultAsOf(period: { readonly end: string }, today: string): AsOfChoice {
  return period.end < today ? 'end' : 'today';
}

/** A view of `kind` around `anchor` (any day of the period), as of its default day. */
export function viewOf(kind: PeriodKind, anchor: string, today: string): DashboardView {
  const period = periodContaining(kind, anchor);
  return { kind, ...period, asOf: defaultAsOf(period, today) };
}

/** The view an address asks for; by default this quarter. Unreadable parts fall back to the default. */
export function readView(params: URLSearchParams, today: string): DashboardView {
  const kindParam = params.get('kind');
  const kind = PERIOD_KINDS.find((k) => k === kindParam) ?? 'quarter';
  const anchor = params.get('period') ?? '';
  // Only a real day reads back as itself (not 2026-13-45, 2026-1-5 or '').
  const view = viewOf(kind, dayjs(anchor).format('YYYY-MM-DD') === anchor ? anchor : today, today);
  const asOf = AS_OF_CHOICES.find((choice) => choice === params.get('asOf'));
  return asOf ? { ...view, asOf } : view;
}

/** The address's query for a view. */
export function viewParams(view: DashboardView): URLSearchParams {
  return new URLSearchParams({ kind: view.kind, period: view.start, asOf: view.asOf });
}

/** The as-of date the RPCs take: the period's last day, or today. */
export function asOfDate(view: DashboardView, today: string): string {
  return view.asOf === 'end' ? view.end : today;
}

/** The kinds a trend runs by, and how many periods it shows. */
export const TREND_KINDS = ['month', 'quarter'] as const;
export type TrendKind = (typeof TREND_KINDS)[number];
const TREND_LENGTH: Readonly<Record<TrendKind, number>> = { month: 12, quarter: 8 };
const MONTHS: Readonly<Record<TrendKind, number>> = { month: 1, quarter: 3 };

/** A monthly view trends by month; quarters and years by quarter. */
export const trendKindFor = (kind: PeriodKind): TrendKind => (kind === 'month' ? 'month' : 'quarter');

/** The trend that ends with the view's period: the last 12 months or 8 quarters (first days of the first and last). */
export function trendRange(kind: TrendKind, view: DashboardView): { readonly from: string; readonly to: string } {
  const to = periodContaining(kind, view.end).start;
  const from = dayjs(to).subtract((TREND_LENGTH[kind] - 1) * MONTHS[kind], 'month').format('YYYY-MM-DD');
  return { from, to };
}

/** A period as offices name it: 2034-01, 2034-Q1, 2034. */
export function periodName(kind: PeriodKind, start: string): string {
  if (kind === 'year') return start.slice(0, 4);
  if (kind === 'month') return start.slice(0, 7);
  return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
}
