// The bills grid: AG Grid community (client-side row model) showing the edit model's values, with the Excel
// habits the community edition lacks built on top — a rectangular selection (click, shift+click, drag,
// shift+arrows), paste of a TSV block, copy as TSV, Ctrl+D fill-down and Ctrl+Z / Ctrl+Y over whole steps.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import Decimal from 'decimal.js';
import {
  AllCommunityModule, ModuleRegistry, themeQuartz,
  type CellFocusedEvent, type ColDef, type GridApi, type GridReadyEvent,
  type ValueFormatterParams, type ValueGetterParams, type ValueSetterParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { formatMoney } from '../../../fields/money';
import type { EditModel, StepReport } from './edit-model';
import { CellRange, type GridOrder } from './selection';
import type { BillRow } from '../queries';
import './grid.css';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface BillColumn {
  readonly field: string;
  readonly header: string;
  readonly width: number;
  readonly money?: boolean;
  /** Shown from other cells (total due, balance): follows their pending values. */
  readonly computed?: (value: (field: string) => unknown) => string;
  readonly format?: (value: unknown) => string;
}

export interface BillsGridProps {
  readonly rows: readonly BillRow[];
  readonly model: EditModel<BillRow>;
  readonly columns: readonly BillColumn[];
  /** Bumped by the page when it changed the model itself (bulk actions, save, reload). */
  readonly version: number;
  /** Why the user may not edit the cell, or null. */
  readonly locked: (row: BillRow, field: string) => string | null;
  /** Why a cell is as it is (locked, invalid, saved as an adjustment), shown as its tooltip. */
  readonly note: (row: BillRow, field: string) => string | null;
  readonly onStep: (report: StepReport) => void;
  readonly onSelection: (selection: CellRange | null, order: GridOrder) => void;
}

const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 30, headerHeight: 34 });
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

export interface BillsGridHandle {
  /** Fresh copies of some loaded bills (after a save or a workflow step). */
  update(rows: readonly BillRow[]): void;
  /** The rows and columns as displayed now: what an export writes. */
  displayed(): GridOrder;
}

export const BillsGrid = forwardRef<BillsGridHandle, BillsGridProps>(function BillsGrid({ rows, model, columns, version, locked, note, onStep, onSelection }, ref) {
  const api = useRef<GridApi<BillRow> | null>(null);
  const selection = useRef<CellRange | null>(null);
  const dragging = useRef(false);
  /** The key that moved the focus, if a key did (clicks select through the mouse handlers). */
  const navigation = useRef<{ extend: boolean } | null>(null);

  /** The rows and columns as displayed now (after sorting and filtering): what indices refer to. */
  const order = useCallback((): GridOrder => {
    const rowIds: string[] = [];
    api.current?.forEachNodeAfterFilterAndSort((node) => node.data && rowIds.push(node.data.id));
    const fields = api.current?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [];
    return { rowIds, fields };
  }, []);

  useImperativeHandle(ref, () => ({ update: (fresh) => api.current?.applyTransaction({ update: [...fresh] }), displayed: () => order() }), [order]);

  const refresh = useCallback(() => api.current?.refreshCells({ force: true }), []);

  const select = useCallback((range: CellRange | null) => {
    selection.current = range;
    refresh();
    onSelection(range, order());
  }, [onSelection, order, refresh]);

  useEffect(() => {
    refresh();
    onSelection(selection.current, order());
  }, [version, refresh, onSelection, order]);

  const step = useCallback((report: StepReport) => {
    refresh();
    onStep(report);
    onSelection(selection.current, order());
  }, [onSelection, onStep, order, refresh]);

  const colDefs = useMemo((): ColDef<BillRow>[] => columns.map((c) => ({
    colId: c.field,
    headerName: c.header,
    width: c.width,
    sortable: true,
    filter: !c.money,
    type: c.money ? 'rightAligned' : undefined,
    editable: (p) => !!p.data && !c.computed && locked(p.data, c.field) === null,
    valueGetter: (p: ValueGetterParams<BillRow>) => {
      if (!p.data) return null;
      const id = p.data.id;
      return c.computed ? c.computed((field) => model.value(id, field)) : model.value(id, c.field);
    },
    valueFormatter: (p: ValueFormatterParams<BillRow>) =>
      p.value === null || p.value === undefined || p.value === '' ? '' : c.money ? formatMoney(p.value as string) : c.format ? c.format(p.value) : String(p.value),
    valueSetter: (p: ValueSetterParams<BillRow>) => {
      if (!p.data) return false;
      step(model.apply([{ rowId: p.data.id, field: c.field, text: p.newValue === null || p.newValue === undefined ? '' : String(p.newValue) }]));
      return false; // the model holds the value; the grid only redraws
    },
    tooltipValueGetter: (p) => (p.data ? note(p.data, c.field) : null),
    cellClassRules: {
      'fg-dirty': (p) => !!p.data && model.isDirty(p.data.id, c.field),
      'fg-invalid': (p) => !!p.data && model.issue(p.data.id, c.field) !== undefined,
      'fg-locked': (p) => !!p.data && (!!c.computed || locked(p.data, c.field) !== null),
      'fg-selected': (p) => {
        const range = selection.current;
        if (!range || p.node.rowIndex === null) return false;
        return range.contains(p.node.rowIndex, p.api.getAllDisplayedColumns().findIndex((col) => col.getColId() === c.field));
      },
    },
  })), [columns, locked, model, note, step]);

  /** A cell by its displayed row index and column id, as a selection position. */
  const position = useCallback((rowIndex: number, colId: string) =>
    ({ rowIndex, colIndex: api.current?.getAllDisplayedColumns().findIndex((c) => c.getColId() === colId) ?? -1 }), []);

  /** The displayed cell an event happened in, from the grid's DOM (row-index and col-id attributes). */
  const cellAt = useCallback((target: EventTarget | null) => {
    const cell = target instanceof Element ? target.closest('.ag-cell[col-id]') : null;
    const row = cell?.closest('.ag-row[row-index]');
    const colId = cell?.getAttribute('col-id');
    if (!row || !colId) return null;
    const at = position(Number(row.getAttribute('row-index')), colId);
    return at.colIndex < 0 ? null : at;
  }, [position]);

  const onCellFocused = (e: CellFocusedEvent<BillRow>) => {
    const moved = navigation.current;
    navigation.current = null;
    if (!moved || e.rowIndex === null || !e.column || typeof e.column === 'string') return;
    const at = position(e.rowIndex, e.column.getColId());
    select(moved.extend && selection.current ? selection.current.extend(at) : new CellRange(at));
  };

  const editing = () => (api.current?.getEditingCells().length ?? 0) > 0;

  const onKeyDown = (e: globalThis.KeyboardEvent) => {
    if (editing()) return;
    // Arrows and Tab move the selection with the focus (Shift+arrows extend it); Enter after an edit does not.
    if (ARROWS.has(e.key) || e.key === 'Tab') navigation.current = { extend: e.shiftKey && ARROWS.has(e.key) };
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    const range = selection.current;
    if (key === 'z' && !e.shiftKey) {
      stop(e);
      model.undo();
      step(NOTHING);
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      stop(e);
      model.redo();
      step(NOTHING);
    } else if (key === 'd' && range) {
      stop(e);
      step(model.fillDown(range, order()));
    }
  };

  const onCopy = (e: globalThis.ClipboardEvent) => {
    const range = selection.current;
    if (editing() || !range || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', model.copy(range, order()));
    e.preventDefault();
  };

  const onPaste = (e: globalThis.ClipboardEvent) => {
    const range = selection.current;
    if (editing() || !range || !e.clipboardData) return;
    e.preventDefault();
    const at = { rowIndex: Math.min(...range.rows()), colIndex: Math.min(...range.cols()) };
    step(model.paste(e.clipboardData.getData('text/plain'), at, order(), range));
  };

  // Keys and clipboard are heard on the document: the grid redraws cells, and the focused cell element may be
  // replaced, leaving the focus on <body> while the user still works in the grid.
  const wrapper = useRef<HTMLDivElement | null>(null);
  const pointerInGrid = useRef(false);
  const handlers = useRef({ onKeyDown, onCopy, onPaste });
  handlers.current = { onKeyDown, onCopy, onPaste };
  useEffect(() => {
    const ours = () => {
      const active = document.activeElement;
      return !!wrapper.current && (wrapper.current.contains(active) || ((active === null || active === document.body) && pointerInGrid.current));
    };
    // Mouse selection is ours too, synchronously: the grid's own cell events arrive later than the keys that
    // follow a click (shift+click, then Ctrl+D at once).
    const down = (e: MouseEvent) => {
      pointerInGrid.current = !!wrapper.current?.contains(e.target as Node);
      const at = pointerInGrid.current ? cellAt(e.target) : null;
      if (!at) return;
      dragging.current = true;
      navigation.current = null;
      select(e.shiftKey && selection.current ? selection.current.extend(at) : new CellRange(at));
    };
    const over = (e: MouseEvent) => {
      const at = dragging.current && selection.current ? cellAt(e.target) : null;
      if (at && (at.rowIndex !== selection.current!.focus.rowIndex || at.colIndex !== selection.current!.focus.colIndex)) select(selection.current!.extend(at));
    };
    const up = () => {
      dragging.current = false;
    };
    const key = (e: globalThis.KeyboardEvent) => ours() && handlers.current.onKeyDown(e);
    const copy = (e: globalThis.ClipboardEvent) => ours() && handlers.current.onCopy(e);
    const paste = (e: globalThis.ClipboardEvent) => ours() && handlers.current.onPaste(e);
    document.addEventListener('mousedown', down, true);
    document.addEventListener('mouseover', over);
    document.addEventListener('mouseup', up);
    document.addEventListener('keydown', key, true);
    document.addEventListener('copy', copy);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('mousedown', down, true);
      document.removeEventListener('mouseover', over);
      document.removeEventListener('mouseup', up);
      document.removeEventListener('keydown', key, true);
      document.removeEventListener('copy', copy);
      document.removeEventListener('paste', paste);
    };
  }, [cellAt, select]);

  return (
    <div className="fg-bills-grid" data-testid="bills-grid" ref={wrapper}>
      <AgGridReact<BillRow>
        theme={theme}
        rowData={rows as BillRow[]}
        columnDefs={colDefs}
        getRowId={(p) => p.data.id}
        onGridReady={(e: GridReadyEvent<BillRow>) => (api.current = e.api)}
        onCellFocused={onCellFocused}
        onSortChanged={() => select(null)}
        onFilterChanged={() => select(null)}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
        suppressCellFocus={false}
      />
    </div>
  );
});

const NOTHING: StepReport = { changed: 0, rejected: [] };

/** Ours, not the grid's or the browser's (Ctrl+D would bookmark the page). */
function stop(e: globalThis.KeyboardEvent): void {
  e.preventDefault();
  e.stopPropagation();
}

const amount = (value: (field: string) => unknown, field: string): Decimal => new Decimal((value(field) as string | null) ?? '0');
const due = (value: (field: string) => unknown): Decimal =>
  amount(value, 'principal').minus(amount(value, 'discount')).plus(amount(value, 'surcharge')).plus(amount(value, 'late_fee'));

/** principal − discount + surcharge + late fee, exactly, from the cells' current values. */
export const totalDue = (value: (field: string) => unknown): string => due(value).toFixed(2);

/** What is still owed: the total due less what was paid. */
export const balanceDue = (value: (field: string) => unknown): string => due(value).minus(amount(value, 'paid')).toFixed(2);
