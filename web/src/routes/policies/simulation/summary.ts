// The comparison people read before publishing: totals per fee item (draft vs published), how many lines
// change, the biggest changes, per-unit before/after, and the lines that could not be evaluated. Decimal sums
// only: every total here is exact to the fen.
import { Decimal } from '../../../../../rules';
import type { Side, SimLine, SimulationResult } from './types';

export interface FeeItemSummary {
  readonly code: string;
  readonly before: string;
  readonly after: string;
  readonly diff: string;
  readonly lines: number;
  readonly changed: number;
  readonly errors: number;
}

export interface Change {
  readonly unit: number;
  readonly roomNo: string;
  readonly ownerName: string;
  readonly feeItem: string;
  readonly before: string;
  readonly after: string;
  readonly diff: string;
}

export interface LineError {
  readonly unit: number;
  readonly roomNo: string;
  readonly feeItem: string;
  readonly side: 'draft' | 'published';
  readonly message: string;
  readonly rule?: string;
}

export interface SimulationSummary {
  readonly feeItems: readonly FeeItemSummary[];
  readonly total: { readonly before: string; readonly after: string; readonly diff: string };
  readonly lines: number;
  readonly changed: number;
  readonly errors: readonly LineError[];
  /** Lines evaluated on both sides whose amount changes most, largest absolute difference first. */
  readonly biggest: readonly Change[];
}

export interface UnitRow {
  readonly unit: number;
  readonly roomNo: string;
  readonly ownerName: string;
  readonly before: string;
  readonly after: string;
  readonly diff: string;
  readonly changed: boolean;
  readonly errors: number;
}

const ZERO = new Decimal(0);
const amount = (side: Side): Decimal => (side && side.ok ? new Decimal(side.total) : ZERO);
const failed = (side: Side): boolean => side !== null && !side.ok;

/** A line changes when its amount differs, or when it fails on one side only. */
export function lineChanged(line: Pick<SimLine, 'before' | 'after'>): boolean {
  if (failed(line.before) || failed(line.after)) return failed(line.before) !== failed(line.after);
  return !amount(line.before).equals(amount(line.after));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function summarize(result: SimulationResult, top = 20): SimulationSummary {
  const perItem = new Map(result.feeItems.map((code) => [code, { before: ZERO, after: ZERO, lines: 0, changed: 0, errors: 0 }]));
  let before = ZERO;
  let after = ZERO;
  let changed = 0;
  const errors: LineError[] = [];
  const changes: Array<{ line: SimLine; diff: Decimal }> = [];
  for (const line of result.lines) {
    const item = perItem.get(line.feeItem);
    if (!item) continue;
    const b = amount(line.before);
    const a = amount(line.after);
    item.before = item.before.plus(b);
    item.after = item.after.plus(a);
    item.lines += 1;
    before = before.plus(b);
    after = after.plus(a);
    const unit = result.units[line.unit];
    for (const [side, value] of [['published', line.before], ['draft', line.after]] as const) {
      if (value && !value.ok) {
        item.errors += 1;
        errors.push({ unit: line.unit, roomNo: unit?.roomNo ?? '', feeItem: line.feeItem, side, message: value.message, ...(value.rule ? { rule: value.rule } : {}) });
      }
    }
    if (lineChanged(line)) {
      item.changed += 1;
      changed += 1;
      if (!failed(line.before) && !failed(line.after)) changes.push({ line, diff: a.minus(b) });
    }
  }
  const roomOf = (unit: number) => result.units[unit]?.roomNo ?? '';
  changes.sort((x, y) =>
    y.diff.abs().comparedTo(x.diff.abs())
    || compareText(roomOf(x.line.unit), roomOf(y.line.unit))
    || compareText(x.line.feeItem, y.line.feeItem));
  const biggest = changes.slice(0, top).map(({ line, diff }): Change => ({
    unit: line.unit,
    roomNo: roomOf(line.unit),
    ownerName: result.units[line.unit]?.ownerName ?? '',
    feeItem: line.feeItem,
    before: amount(line.before).toFixed(2),
    after: amount(line.after).toFixed(2),
    diff: diff.toFixed(2),
  }));
  return {
    feeItems: [...perItem].map(([code, s]) => ({
      code,
      before: s.before.toFixed(2),
      after: s.after.toFixed(2),
      diff: s.after.minus(s.before).toFixed(2),
      lines: s.lines,
      changed: s.changed,
      errors: s.errors,
    })),
    total: { before: before.toFixed(2), after: after.toFixed(2), diff: after.minus(before).toFixed(2) },
    lines: result.lines.length,
    changed,
    errors,
    biggest,
  };
}

/** One row per unit, summed over its fee items (or one fee item), in the units' order. */
export function unitRows(result: SimulationResult, feeItem?: string): UnitRow[] {
  const sums = result.units.map(() => ({ before: ZERO, after: ZERO, changed: false, errors: 0 }));
  for (const line of result.lines) {
    if (feeItem !== undefined && line.feeItem !== feeItem) continue;
    const sum = sums[line.unit];
    if (!sum) continue;
    sum.before = sum.before.plus(amount(line.before));
    sum.after = sum.after.plus(amount(line.after));
    sum.changed ||= lineChanged(line);
    sum.errors += (failed(line.before) ? 1 : 0) + (failed(line.after) ? 1 : 0);
  }
  return result.units.map((unit, i) => {
    const sum = sums[i]!;
    return {
      unit: i,
      roomNo: unit.roomNo,
      ownerName: unit.ownerName,
      before: sum.before.toFixed(2),
      after: sum.after.toFixed(2),
      diff: sum.after.minus(sum.before).toFixed(2),
      changed: sum.changed,
      errors: sum.errors,
    };
  });
}
