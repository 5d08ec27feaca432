// Day-by-day proration of monthly charges over the billable days of a period, with status factors on date
// ranges. Exact: the day weights are kept as one fraction over the months' common denominator, so the period's
// charge is a single division, rounded once by the caller.
import { monthSlices, toDay, type DayNumber } from '../dates.js';
import { ONE, ZERO, type Decimal } from '../money.js';

export interface DayRange { from: DayNumber; to: DayNumber }
export interface FactorRange extends DayRange { factor: Decimal; index: number }

/** A run of days inside one month with the same factors. */
export interface Segment {
  year: number;
  month: number;
  days: number;
  daysInMonth: number;
  /** Indexes of the factor effects that apply to these days. */
  factors: readonly number[];
  factor: Decimal;
}

/** How the proration reads in an explanation: whole months with the same factors together, partial months alone. */
export interface ProrationGroup {
  segment: Segment;
  months: number;
  whole: boolean;
  /** The explanation line's values, fixed for this proration. */
  v: Readonly<Record<string, string>>;
}

export interface Proration {
  segments: Segment[];
  groups: ProrationGroup[];
  /** The period's charge in months: Σ days/daysInMonth × factor over a common denominator, divided once. */
  months: Decimal;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;

export function rangeOf(from: string | undefined, to: string | undefined): DayRange {
  return { from: from ? toDay(from) : -Infinity, to: to ? toDay(to) : Infinity };
}

/** A period as day numbers, with the prorations computed for it so far. */
export interface PeriodDays extends DayRange {
  start: string;
  end: string;
  /** Without factors, keyed by billable days (see plainKey). */
  plain: Map<number, Proration>;
  /** With factors, keyed by billable days and each factor's range and value. */
  factored: Map<string, Proration>;
}

// A run evaluates every unit for one period (or a few, in turn): the last one answers almost every call.
const periods = new Map<string, PeriodDays>();
let lastPeriod: PeriodDays | null = null;

export function periodDays(period: { start: string; end: string }): PeriodDays {
  if (lastPeriod !== null && lastPeriod.start === period.start && lastPeriod.end === period.end) return lastPeriod;
  const key = `${period.start}|${period.end}`;
  let days = periods.get(key);
  if (days === undefined) {
    if (periods.size >= 1_000) periods.clear();
    days = { start: period.start, end: period.end, from: toDay(period.start), to: toDay(period.end), plain: new Map(), factored: new Map() };
    periods.set(key, days);
  }
  lastPeriod = days;
  return days;
}

// Units share a handful of situations (covered all period, handed over on day d, half price until day r …):
// each proration is computed once per period, billable range and factor set. Factors are keyed by identity —
// plugins hand out the same Decimal for the same params.
const factorIds = new WeakMap<Decimal, number>();
let nextFactorId = 1;

function factorId(d: Decimal): number {
  let id = factorIds.get(d);
  if (id === undefined) {
    id = nextFactorId++;
    factorIds.set(d, id);
  }
  return id;
}

// Billable days lie inside the period, so [from, to] fits one number: no key string to build per line.
const plainKey = (billable: DayRange): number => billable.from * 1_000_000 + (billable.to - billable.from);

/** `billable` lies inside the period (and is not empty). */
export function prorate(period: PeriodDays, billable: DayRange, factors: readonly FactorRange[]): Proration {
  if (factors.length === 0) return cached(period.plain, plainKey(billable), period, billable, factors);
  let key = `${billable.from},${billable.to}`;
  for (const f of factors) key += `|${f.from},${f.to},${factorId(f.factor)}`;
  return cached(period.factored, key, period, billable, factors);
}

function cached<K>(cache: Map<K, Proration>, key: K, period: PeriodDays, billable: DayRange, factors: readonly FactorRange[]): Proration {
  let proration = cache.get(key);
  if (proration === undefined) {
    proration = computeProration(period.start, period.end, billable, factors);
    if (cache.size >= 50_000) cache.clear();
    cache.set(key, proration);
  }
  return proration;
}

function computeProration(periodStart: string, periodEnd: string, billable: DayRange, factors: readonly FactorRange[]): Proration {
  const segments: Segment[] = [];
  for (const slice of monthSlices(periodStart, periodEnd)) {
    const from = Math.max(slice.from, billable.from);
    const to = Math.min(slice.to, billable.to);
    if (from > to) continue;
    // Cut the month where a factor starts or stops.
    const cuts = new Set<number>([from, to + 1]);
    for (const f of factors) {
      if (f.from > from && f.from <= to) cuts.add(f.from);
      if (f.to + 1 > from && f.to + 1 <= to) cuts.add(f.to + 1);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const end = bounds[i + 1]! - 1;
      const applying = factors.filter((f) => f.from <= start && f.to >= end);
      const factor = applying.reduce((acc, f) => acc.times(f.factor), ONE);
      const last = segments[segments.length - 1];
      const sameRun = last && last.year === slice.year && last.month === slice.month && last.factors.length === applying.length
        && last.factors.every((idx, k) => idx === applying[k]!.index);
      if (sameRun) last.days += end - start + 1;
      else segments.push({ year: slice.year, month: slice.month, days: end - start + 1, daysInMonth: slice.daysInMonth, factors: applying.map((f) => f.index), factor });
    }
  }
  const denominator = segments.reduce((acc, s) => lcm(acc, s.daysInMonth), 1);
  // Day counts and month lengths are small integers; only the factors are decimals.
  const numerator = segments.reduce((acc, s) => {
    const share = s.days * (denominator / s.daysInMonth);
    return s.factors.length === 0 ? acc.plus(share) : acc.plus(s.factor.times(share));
  }, ZERO);
  return { segments, groups: groupSegments(segments), months: numerator.dividedBy(denominator) };
}

const ym = (s: Segment): string => `${s.year}-${String(s.month).padStart(2, '0')}`;

function groupSegments(segments: readonly Segment[]): ProrationGroup[] {
  const groups: Array<Omit<ProrationGroup, 'v'>> = [];
  for (const segment of segments) {
    const whole = segment.days === segment.daysInMonth;
    const last = groups[groups.length - 1];
    if (whole && last?.whole && last.segment.factors.join() === segment.factors.join()) last.months += 1;
    else groups.push({ segment, months: 1, whole });
  }
  return groups.map((g): ProrationGroup => ({
    ...g,
    v: g.whole
      ? { months: String(g.months), from: ym(g.segment) }
      : { month: ym(g.segment), days: String(g.segment.days), daysInMonth: String(g.segment.daysInMonth) },
  }));
}
