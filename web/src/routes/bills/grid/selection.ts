/** A cell by its place in the grid as currently shown (sorted and filtered). */
export interface CellPosition {
  readonly rowIndex: number;
  readonly colIndex: number;
}

/** The grid's current visible order: what row and column indices refer to. */
export interface GridOrder {
  readonly rowIds: readonly string[];
  readonly fields: readonly string[];
}

function span(from: number, to: number): number[] {
  const low = Math.min(from, to);
  return Array.from({ length: Math.abs(to - from) + 1 }, (_, offset) => low + offset);
}

/**
 * A rectangle of cells from the cell where the selection started (anchor) to the one the user moved to
 * (focus), in either direction. Immutable: extending gives a new range, so it can live in React state.
 */
export class CellRange {
  constructor(
    readonly anchor: CellPosition,
    readonly focus: CellPosition = anchor,
  ) {}

  /** Shift+click or Shift+arrow: same anchor, new focus. */
  extend(focus: CellPosition): CellRange {
    return new CellRange(this.anchor, focus);
  }

  contains(rowIndex: number, colIndex: number): boolean {
    const { anchor, focus } = this;
    return (
      rowIndex >= Math.min(anchor.rowIndex, focus.rowIndex) &&
      rowIndex <= Math.max(anchor.rowIndex, focus.rowIndex) &&
      colIndex >= Math.min(anchor.colIndex, focus.colIndex) &&
      colIndex <= Math.max(anchor.colIndex, focus.colIndex)
    );
  }

  /** Row indices covered, top to bottom. */
  rows(): number[] {
    return span(this.anchor.rowIndex, this.focus.rowIndex);
  }

  /** Column indices covered, left to right. */
  cols(): number[] {
    return span(this.anchor.colIndex, this.focus.colIndex);
  }

  /** The row ids and fields of `order` the range covers; indices the order no longer has are left out. */
  slice(order: GridOrder): GridOrder {
    return {
      rowIds: this.rows().flatMap((index) => order.rowIds[index] ?? []),
      fields: this.cols().flatMap((index) => order.fields[index] ?? []),
    };
  }
}
