import Decimal from 'decimal.js';
import { serializeRecord } from '../../../fields';
import type { FieldDef, FieldIssue, ParseContext, WireValue } from '../../../fields/types';
import { CellRange, type CellPosition, type GridOrder } from './selection';
import { parseTsv, writeTsv } from './tsv';

export interface GridColumn<Row> {
  /** Key in Row and on the wire. */
  readonly field: string;
  /** How typed or pasted text is parsed and checked. */
  readonly def: FieldDef;
  /**
   * null when the user may edit this cell of this row, else why not (a short text shown on the cell).
   * Gets the row as loaded: the server judges the saved row, not pending edits.
   */
  lockedReason(row: Row): string | null;
}

/** Text typed or pasted into one cell. */
export interface CellEdit {
  readonly rowId: string;
  readonly field: string;
  readonly text: string;
}

/** A cell a step left alone, and why. */
export type Rejection =
  | { readonly reason: 'locked'; readonly rowId: string; readonly field: string; readonly detail: string }
  | {
      readonly reason: 'invalid';
      readonly rowId: string;
      readonly field: string;
      readonly text: string;
      readonly issue: FieldIssue;
    }
  /** Pasted beyond the last row or column: there is no cell to take it. */
  | { readonly reason: 'outside'; readonly rowIndex: number; readonly colIndex: number };

export interface StepReport {
  /** Cells whose value changed. */
  readonly changed: number;
  readonly rejected: readonly Rejection[];
}

/** The status bar of a selection, as Excel shows it. */
export interface SelectionSummary {
  readonly count: number;
  /** Selected cells of number columns holding a value. */
  readonly numeric: number;
  /** Their exact sum, with as many decimals as the widest selected column, e.g. "0.30". */
  readonly sum: string;
}

export interface PendingRow {
  readonly id: string;
  /** Changed fields only, as wire values. */
  readonly changes: Readonly<Record<string, WireValue>>;
}

/** What the model holds for a cell beyond its loaded value. `value` undefined: not edited. */
interface CellState {
  readonly value: WireValue | undefined;
  readonly issue: FieldIssue | undefined;
}

const UNTOUCHED: CellState = { value: undefined, issue: undefined };

interface CellChange {
  readonly key: string;
  readonly before: CellState;
  readonly after: CellState;
}

/** One undoable step: the cells it touched, each with its state before and after. */
type Step = readonly CellChange[];

interface LoadedRow<Row> {
  readonly row: Row;
  /** Each column's value in its wire spelling, so an edit back to it compares equal. */
  readonly values: ReadonlyMap<string, WireValue>;
}

type WireResult = { readonly ok: true; readonly value: WireValue } | { readonly ok: false; readonly issue: FieldIssue };

const cellKey = (rowId: string, field: string): string => JSON.stringify([rowId, field]);

/** Text or a loaded value as the field sends it, after every check of the field. */
function toWire(def: FieldDef, raw: unknown, ctx: ParseContext | undefined): WireResult {
  const result = serializeRecord([def], { [def.key]: raw }, ctx);
  if (result.ok) return { ok: true, value: result.record[def.key] ?? null };
  // One definition in, so exactly one issue out.
  return { ok: false, issue: result.issues[0]!.issue };
}

function sameWire(a: WireValue, b: WireValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The pending value of a cell in either state, undefined meaning "as loaded". */
function samePending(a: WireValue | undefined, b: WireValue | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameWire(a, b);
}

/** Text a spreadsheet, and this grid's paste, reads back as the same value: "1234.50", "2026-03-05", codes. */
function cellText(value: WireValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** The text of a one-cell block, which Excel pastes into every selected cell. */
function loneCell(block: readonly (readonly string[])[]): string | undefined {
  const [row, ...moreRows] = block;
  return row?.length === 1 && moreRows.length === 0 ? row[0] : undefined;
}

/** A field of a loaded row. Rows come as JSON from PostgREST, so a missing field reads as null. */
function rawField(row: object, field: string): unknown {
  return (row as Record<string, unknown>)[field] ?? null;
}

/**
 * Pending edits of a grid over loaded rows, with the spreadsheet habits AG Grid community lacks:
 * block paste, fill down, copy as TSV, undo/redo by whole step, and a selection summary.
 * Every edit arrives as text and goes through the column's field definition, so paste and typing agree.
 */
export class EditModel<Row extends { readonly id: string }> {
  private readonly columns: ReadonlyMap<string, GridColumn<Row>>;
  /** In load order (a Map keeps the order of first insertion, also across commits). */
  private readonly loaded = new Map<string, LoadedRow<Row>>();
  private readonly cells = new Map<string, CellState>();
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  /** Cells whose issue came from a step that changed no value: no step can restore it, so undo/redo drop it. */
  private readonly strayIssues = new Set<string>();

  constructor(
    rows: readonly Row[],
    columns: readonly GridColumn<Row>[],
    /** Resolves enum labels and reference keys people paste. */
    private readonly ctx?: ParseContext,
  ) {
    this.columns = new Map(columns.map((column) => [column.field, column]));
    for (const row of rows) this.loaded.set(row.id, this.load(row));
  }

  /** The pending value if any, else the loaded one. */
  value(rowId: string, field: string): WireValue {
    const pending = this.cells.get(cellKey(rowId, field))?.value;
    if (pending !== undefined) return pending;
    const loaded = this.loadedRow(rowId).values.get(field);
    if (loaded === undefined) throw new Error(`Unknown column ${field}`);
    return loaded;
  }

  /** Pending and different from the loaded value. */
  isDirty(rowId: string, field: string): boolean {
    return this.state(cellKey(rowId, field)).value !== undefined;
  }

  /** Why the last text put into this cell was refused; cleared by a later valid edit or undo. */
  issue(rowId: string, field: string): FieldIssue | undefined {
    return this.state(cellKey(rowId, field)).issue;
  }

  /** One undoable step. Locked cells and invalid text change nothing and are reported. */
  apply(edits: readonly CellEdit[]): StepReport {
    return this.runStep(edits);
  }

  /**
   * Pastes a TSV block with its top left cell at `at` (indices into `order`). A one-cell block fills the
   * whole selection, as in Excel; cells beyond the last row or column are reported, not wrapped.
   */
  paste(tsv: string, at: CellPosition, order: GridOrder, selection?: CellRange): StepReport {
    const block = parseTsv(tsv);
    const lone = loneCell(block);
    if (selection && lone !== undefined) {
      const { rowIds, fields } = selection.slice(order);
      return this.runStep(rowIds.flatMap((rowId) => fields.map((field) => ({ rowId, field, text: lone }))));
    }
    const edits: CellEdit[] = [];
    const outside: Rejection[] = [];
    block.forEach((texts, rowOffset) =>
      texts.forEach((text, colOffset) => {
        const position = { rowIndex: at.rowIndex + rowOffset, colIndex: at.colIndex + colOffset };
        const rowId = order.rowIds[position.rowIndex];
        const field = order.fields[position.colIndex];
        if (rowId === undefined || field === undefined) outside.push({ reason: 'outside', ...position });
        else edits.push({ rowId, field, text });
      }),
    );
    return this.runStep(edits, outside);
  }

  /**
   * Ctrl+D: the top row's value of each selected column copied down the selection. Like Excel, a one-row
   * selection takes the values of the row above it.
   */
  fillDown(selection: CellRange, order: GridOrder): StepReport {
    const { anchor, focus } = selection;
    const range =
      anchor.rowIndex !== focus.rowIndex
        ? selection
        : new CellRange({ ...anchor, rowIndex: anchor.rowIndex - 1 }, focus);
    const {
      rowIds: [sourceId, ...targetIds],
      fields,
    } = range.slice(order);
    if (sourceId === undefined) return { changed: 0, rejected: [] };
    const sources = fields.map((field) => ({ field, text: cellText(this.value(sourceId, field)) }));
    return this.runStep(targetIds.flatMap((rowId) => sources.map((source) => ({ rowId, ...source }))));
  }

  /** The selection as TSV a spreadsheet re-reads exactly: money as "1234.50", without ¥ or separators. */
  copy(selection: CellRange, order: GridOrder): string {
    const { rowIds, fields } = selection.slice(order);
    return writeTsv(rowIds.map((rowId) => fields.map((field) => cellText(this.value(rowId, field)))));
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    this.restore(step, 'before');
    this.redoStack.push(step);
    return true;
  }

  redo(): boolean {
    const step = this.redoStack.pop();
    if (!step) return false;
    this.restore(step, 'after');
    this.undoStack.push(step);
    return true;
  }

  /** What to save: rows with their changed fields only, in load order. */
  pending(): PendingRow[] {
    const rows: PendingRow[] = [];
    for (const id of this.loaded.keys()) {
      const changes: Record<string, WireValue> = {};
      for (const field of this.columns.keys()) {
        const value = this.state(cellKey(id, field)).value;
        if (value !== undefined) changes[field] = value;
      }
      if (Object.keys(changes).length > 0) rows.push({ id, changes });
    }
    return rows;
  }

  dirtyCount(): number {
    return [...this.cells.values()].filter((state) => state.value !== undefined).length;
  }

  /**
   * After a successful save: the saved rows become the loaded ones, so edits they hold are no longer
   * pending (edits made while the save was under way stay). History and issues start afresh.
   */
  commit(savedRows: readonly Row[]): void {
    for (const row of savedRows) {
      if (!this.loaded.has(row.id)) throw new Error(`Unknown row ${row.id}`);
      const loaded = this.load(row);
      this.loaded.set(row.id, loaded);
      for (const [field, value] of loaded.values) {
        const key = cellKey(row.id, field);
        const state = this.state(key);
        if (state.value !== undefined && sameWire(state.value, value)) {
          this.setState(key, { ...state, value: undefined });
        }
      }
    }
    for (const [key, state] of this.cells) this.setState(key, { ...state, issue: undefined });
    this.undoStack = [];
    this.redoStack = [];
    this.strayIssues.clear();
  }

  /**
   * Takes fresh copies of some rows and drops every pending edit of them (a colleague's newer save wins).
   * Undo history is cleared: its steps may refer to the dropped edits.
   */
  discard(freshRows: readonly Row[]): void {
    for (const row of freshRows) {
      if (!this.loaded.has(row.id)) throw new Error(`Unknown row ${row.id}`);
      const loaded = this.load(row);
      this.loaded.set(row.id, loaded);
      for (const field of loaded.values.keys()) this.setState(cellKey(row.id, field), UNTOUCHED);
    }
    this.undoStack = [];
    this.redoStack = [];
  }

  /** Count of selected cells and the exact Decimal sum of the numeric ones. */
  summary(selection: CellRange, order: GridOrder): SelectionSummary {
    const { rowIds, fields } = selection.slice(order);
    let numeric = 0;
    let sum = new Decimal(0);
    let scale = 0;
    for (const field of fields) {
      const { def } = this.column(field);
      if (def.type !== 'decimal' && def.type !== 'integer') continue;
      if (def.type === 'decimal') scale = Math.max(scale, def.scale);
      for (const rowId of rowIds) {
        const value = this.value(rowId, field);
        if (typeof value !== 'string' && typeof value !== 'number') continue;
        numeric++;
        sum = sum.plus(value);
      }
    }
    return { count: rowIds.length * fields.length, numeric, sum: sum.toFixed(scale) };
  }

  private runStep(edits: readonly CellEdit[], outside: readonly Rejection[] = []): StepReport {
    const rejected = [...outside];
    const touched = new Map<string, CellChange>();
    const write = (key: string, after: CellState) => {
      const before = touched.get(key)?.before ?? this.state(key);
      touched.set(key, { key, before, after });
      this.setState(key, after);
    };
    for (const { rowId, field, text } of edits) {
      const { row, values } = this.loadedRow(rowId);
      const column = this.column(field);
      const key = cellKey(rowId, field);
      const lockedReason = column.lockedReason(row);
      if (lockedReason !== null) {
        rejected.push({ reason: 'locked', rowId, field, detail: lockedReason });
        continue;
      }
      const wire = toWire(column.def, text, this.ctx);
      if (!wire.ok) {
        rejected.push({ reason: 'invalid', rowId, field, text, issue: wire.issue });
        write(key, { ...this.state(key), issue: wire.issue });
        continue;
      }
      const loaded = values.get(field) ?? null;
      write(key, { value: sameWire(wire.value, loaded) ? undefined : wire.value, issue: undefined });
    }
    const changes = [...touched.values()];
    const changed = changes.filter(({ before, after }) => !samePending(before.value, after.value)).length;
    if (changed > 0) {
      this.undoStack.push(changes);
      this.redoStack = [];
      for (const { key } of changes) this.strayIssues.delete(key);
    } else {
      for (const { key, after } of changes) {
        if (after.issue) this.strayIssues.add(key);
        else this.strayIssues.delete(key);
      }
    }
    return { changed, rejected };
  }

  private restore(step: Step, side: 'before' | 'after'): void {
    for (const key of this.strayIssues) this.setState(key, { ...this.state(key), issue: undefined });
    this.strayIssues.clear();
    for (const change of step) this.setState(change.key, change[side]);
  }

  private state(key: string): CellState {
    return this.cells.get(key) ?? UNTOUCHED;
  }

  private setState(key: string, state: CellState): void {
    if (state.value === undefined && state.issue === undefined) this.cells.delete(key);
    else this.cells.set(key, state);
  }

  private load(row: Row): LoadedRow<Row> {
    const values = new Map<string, WireValue>();
    for (const { field, def } of this.columns.values()) {
      const raw = rawField(row, field);
      const wire = toWire(def, raw, this.ctx);
      // A stored value the field would refuse today (e.g. null in a required column) is shown as stored.
      values.set(field, wire.ok ? wire.value : (raw as WireValue));
    }
    return { row, values };
  }

  private loadedRow(rowId: string): LoadedRow<Row> {
    const loaded = this.loaded.get(rowId);
    if (!loaded) throw new Error(`Unknown row ${rowId}`);
    return loaded;
  }

  private column(field: string): GridColumn<Row> {
    const column = this.columns.get(field);
    if (!column) throw new Error(`Unknown column ${field}`);
    return column;
  }
}
