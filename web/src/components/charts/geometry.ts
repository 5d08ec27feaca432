// Chart geometry: where decimal strings (amounts, rates) land on screen. Amounts are summed and compared as
// Decimals; only a final share of a length becomes a float, for drawing.
import Decimal from 'decimal.js';

/** Each amount's share (0–1) of the largest absolute amount. */
export function barShares(amounts: readonly string[]): number[] {
  const values = amounts.map((a) => new Decimal(a).abs());
  const max = values.reduce((m, v) => (v.greaterThan(m) ? v : m), new Decimal(0));
  return values.map((v) => (max.isZero() ? 0 : v.dividedBy(max).toNumber()));
}

/** The top of a percentage axis: 100, or the next multiple of 10 above a larger value (an overpaid period). */
export function percentAxisMax(rates: ReadonlyArray<string | null>): number {
  const top = rates.reduce((m, r) => (r === null ? m : Math.max(m, Number(r))), 100);
  return Math.ceil(top / 10) * 10;
}

/** A percentage's share (0–1) of the axis; null (no denominator) draws nothing. */
export function percentShare(rate: string | null, axisMax: number): number {
  if (rate === null) return 0;
  return Math.min(Math.max(Number(rate) / axisMax, 0), 1);
}

/** Evenly spaced axis ticks from 0 to `max`, inclusive. */
export function ticks(max: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

export interface Segment {
  /** Where the segment starts, as a share (0–1) of the longest row. */
  readonly offset: number;
  readonly share: number;
}

/**
 * Stacked bars: each row's segments laid end to end, scaled so the row with the largest total fills the width.
 * Negative amounts (an overpaid bucket) draw nothing and push nothing along.
 */
export function stackSegments(rows: ReadonlyArray<readonly string[]>): Segment[][] {
  const positive = rows.map((row) => row.map((a) => Decimal.max(new Decimal(a), 0)));
  const totals = positive.map((row) => row.reduce((sum, v) => sum.plus(v), new Decimal(0)));
  const max = totals.reduce((m, v) => Decimal.max(m, v), new Decimal(0));
  return positive.map((row) => {
    let start = new Decimal(0);
    return row.map((v) => {
      const segment = { offset: max.isZero() ? 0 : start.dividedBy(max).toNumber(), share: max.isZero() ? 0 : v.dividedBy(max).toNumber() };
      start = start.plus(v);
      return segment;
    });
  });
}

/** Where the i-th of `count` periods sits across `width`: the ends at the edges, a single one in the middle. */
export function pointX(i: number, count: number, width: number): number {
  return count > 1 ? round((i * width) / (count - 1)) : round(width / 2);
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A series of percentages across `width` × `height`, 0 % at the bottom; null where a value is missing. */
export function linePoints(rates: ReadonlyArray<string | null>, width: number, height: number, axisMax: number): Array<Point | null> {
  return rates.map((rate, i) => (rate === null ? null : { x: pointX(i, rates.length, width), y: round(height - percentShare(rate, axisMax) * height) }));
}

/** An SVG path through the points, broken at gaps; a lone point between gaps is a dot instead. */
export function linePath(points: ReadonlyArray<Point | null>): { path: string; dots: Point[] } {
  const parts: string[] = [];
  const dots: Point[] = [];
  points.forEach((point, i) => {
    if (point === null) return;
    const joined = i > 0 && points[i - 1] !== null;
    if (!joined && (i + 1 >= points.length || points[i + 1] === null)) dots.push(point);
    else parts.push(`${joined ? 'L' : 'M'}${point.x} ${point.y}`);
  });
  return { path: parts.join(' '), dots };
}

const round = (n: number) => Math.round(n * 10) / 10;
