import { describe, expect, test } from 'vitest';
import type { DateFieldDef, DecimalFieldDef, EnumFieldDef, IntegerFieldDef, TextFieldDef } from '../../../fields/types';
import { EditModel, type GridColumn } from './edit-model';
import { CellRange } from './selection';

interface Bill {
  readonly id: string;
  readonly status: 'open' | 'paid';
  readonly amount: string | number;
  readonly discount: string | null;
  readonly due_date: string;
  readonly note: string | null;
  readonly ledger: string;
  readonly months: number | null;
}

const label = { 'zh-CN': '字段', en: 'Field' };
const amount: DecimalFieldDef = { type: 'decimal', key: 'amount', label, scale: 2, display: 'money', required: true };
const discount: DecimalFieldDef = { type: 'decimal', key: 'discount', label, scale: 2, min: '0' };
const dueDate: DateFieldDef = { type: 'date', key: 'due_date', label, required: true };
const note: TextFieldDef = { type: 'text', key: 'note', label, maxLength: 20 };
const ledger: EnumFieldDef = { type: 'enum', key: 'ledger', label, enum: 'fee_ledger', required: true };
const months: IntegerFieldDef = { type: 'integer', key: 'months', label, min: 1 };

const lockedWhenPaid = (bill: Bill) => (bill.status === 'paid' ? 'paid' : null);
const columns: GridColumn<Bill>[] = [
  { field: 'amount', def: amount, lockedReason: lockedWhenPaid },
  { field: 'discount', def: discount, lockedReason: lockedWhenPaid },
  { field: 'due_date', def: dueDate, lockedReason: lockedWhenPaid },
  { field: 'note', def: note, lockedReason: () => null },
  { field: 'ledger', def: ledger, lockedReason: () => 'set by the fee item' },
  { field: 'months', def: months, lockedReason: () => null },
];

const bill = (id: string, changes: Partial<Bill> = {}): Bill => ({
  id,
  status: 'open',
  amount: '100.00',
  discount: null,
  due_date: '2026-03-31',
  note: null,
  ledger: 'main',
  months: 1,
  ...changes,
});

const bills = [bill('b1'), bill('b2', { status: 'paid' }), bill('b3'), bill('b4', { amount: 89.5 })];
const order = {
  rowIds: ['b1', 'b2', 'b3', 'b4'],
  fields: ['amount', 'discount', 'due_date', 'note', 'ledger', 'months'],
};
const model = () => new EditModel(bills, columns);
const cell = (rowIndex: number, colIndex: number) => ({ rowIndex, colIndex });
const range = (from: [number, number], to: [number, number]) => new CellRange(cell(...from), cell(...to));

/** Values of one column for every row, in grid order. */
const column = (grid: EditModel<Bill>, field: string) => order.rowIds.map((id) => grid.value(id, field));

describe('loaded values', () => {
  test('read in wire spelling, so a JSON number and its typed text compare equal', () => {
    const grid = model();
    expect(grid.value('b4', 'amount')).toBe('89.50');
    expect(grid.apply([{ rowId: 'b4', field: 'amount', text: '89.5' }])).toEqual({ changed: 0, rejected: [] });
    expect(grid.isDirty('b4', 'amount')).toBe(false);
    expect(grid.canUndo).toBe(false);
  });
});

describe('apply', () => {
  test('an edit is pending until set back to the loaded value', () => {
    const grid = model();
    expect(grid.apply([{ rowId: 'b1', field: 'amount', text: '120' }])).toEqual({ changed: 1, rejected: [] });
    expect(grid.value('b1', 'amount')).toBe('120.00');
    expect(grid.isDirty('b1', 'amount')).toBe(true);
    expect(grid.apply([{ rowId: 'b1', field: 'amount', text: '100' }]).changed).toBe(1);
    expect(grid.isDirty('b1', 'amount')).toBe(false);
    expect(grid.dirtyCount()).toBe(0);
  });

  test('refuses invalid money with the field issue and keeps the cell as it was', () => {
    const grid = model();
    const report = grid.apply([
      { rowId: 'b1', field: 'amount', text: '12.345' },
      { rowId: 'b3', field: 'amount', text: 'abc' },
    ]);
    expect(report).toEqual({
      changed: 0,
      rejected: [
        {
          reason: 'invalid',
          rowId: 'b1',
          field: 'amount',
          text: '12.345',
          issue: { code: 'tooManyDecimals', params: { scale: 2 } },
        },
        { reason: 'invalid', rowId: 'b3', field: 'amount', text: 'abc', issue: { code: 'invalidNumber' } },
      ],
    });
    expect(grid.value('b1', 'amount')).toBe('100.00');
    expect(grid.issue('b1', 'amount')).toEqual({ code: 'tooManyDecimals', params: { scale: 2 } });
    expect(grid.canUndo).toBe(false);

    grid.apply([{ rowId: 'b1', field: 'amount', text: '12.34' }]);
    expect(grid.issue('b1', 'amount')).toBeUndefined();
    expect(grid.issue('b3', 'amount')).toEqual({ code: 'invalidNumber' });
  });

  test('reads full-width digits, yuan signs and separators as the decimal field does', () => {
    const grid = model();
    grid.apply([
      { rowId: 'b1', field: 'amount', text: '１２３．５' },
      { rowId: 'b3', field: 'amount', text: '¥1,234.5' },
      { rowId: 'b1', field: 'due_date', text: '2026年4月5日' },
    ]);
    expect(grid.value('b1', 'amount')).toBe('123.50');
    expect(grid.value('b3', 'amount')).toBe('1234.50');
    expect(grid.value('b1', 'due_date')).toBe('2026-04-05');
  });

  test('clearing a required cell is refused, clearing an optional one is an edit', () => {
    const grid = model();
    const report = grid.apply([
      { rowId: 'b1', field: 'amount', text: '' },
      { rowId: 'b1', field: 'months', text: '' },
    ]);
    expect(report.rejected).toEqual([
      { reason: 'invalid', rowId: 'b1', field: 'amount', text: '', issue: { code: 'required' } },
    ]);
    expect(grid.value('b1', 'months')).toBeNull();
    expect(grid.isDirty('b1', 'months')).toBe(true);
  });

  test('resolves enum labels through the parse context', () => {
    const openLedger: GridColumn<Bill> = { field: 'ledger', def: ledger, lockedReason: () => null };
    const grid = new EditModel(bills, [openLedger], {
      enumLookup: (_name, text) => (text === '押金' ? 'deposit' : undefined),
    });
    expect(grid.apply([{ rowId: 'b1', field: 'ledger', text: '押金' }]).changed).toBe(1);
    expect(grid.value('b1', 'ledger')).toBe('deposit');
  });

  test('a rejected-only step is not undoable, and an undo drops its issue', () => {
    const grid = model();
    grid.apply([{ rowId: 'b1', field: 'note', text: 'first' }]);
    grid.apply([{ rowId: 'b3', field: 'amount', text: 'abc' }]);
    expect(grid.issue('b3', 'amount')).toEqual({ code: 'invalidNumber' });
    expect(grid.undo()).toBe(true);
    expect(grid.value('b1', 'note')).toBeNull();
    expect(grid.issue('b3', 'amount')).toBeUndefined();
    expect(grid.canUndo).toBe(false);
  });
});

describe('paste', () => {
  test('a 3×2 block fills unlocked cells and reports locked ones', () => {
    const grid = model();
    // amount and discount of b1..b3; b2 is paid.
    const report = grid.paste('1.10\t0.50\r\n2.20\t0.60\r\n3.30\t0.70\r\n', cell(0, 0), order);
    expect(report).toEqual({
      changed: 4,
      rejected: [
        { reason: 'locked', rowId: 'b2', field: 'amount', detail: 'paid' },
        { reason: 'locked', rowId: 'b2', field: 'discount', detail: 'paid' },
      ],
    });
    expect(column(grid, 'amount')).toEqual(['1.10', '100.00', '3.30', '89.50']);
    expect(column(grid, 'discount')).toEqual(['0.50', null, '0.70', null]);
  });

  test('a one-cell block fills the whole selection', () => {
    const grid = model();
    const report = grid.paste('Q1\r\n', cell(0, 3), order, range([0, 3], [3, 3]));
    expect(report).toEqual({ changed: 4, rejected: [] });
    expect(column(grid, 'note')).toEqual(['Q1', 'Q1', 'Q1', 'Q1']);

    const block = grid.paste('２', cell(2, 5), order, range([2, 5], [3, 5]));
    expect(block.changed).toBe(2);
    expect(column(grid, 'months')).toEqual([1, 1, 2, 2]);
  });

  test('cells beyond the last row or column are reported, not wrapped', () => {
    const grid = model();
    // months of b3 and b4, then one column and one row too many.
    const report = grid.paste('5\t6\r\n7\t8\r\n9\t10\r\n', cell(2, 5), order);
    expect(report.changed).toBe(2);
    expect(column(grid, 'months')).toEqual([1, 1, 5, 7]);
    expect(report.rejected).toEqual([
      { reason: 'outside', rowIndex: 2, colIndex: 6 },
      { reason: 'outside', rowIndex: 3, colIndex: 6 },
      { reason: 'outside', rowIndex: 4, colIndex: 5 },
      { reason: 'outside', rowIndex: 4, colIndex: 6 },
    ]);
  });

  test('a multi-line note pasted from Excel stays one cell', () => {
    const grid = model();
    grid.paste('"line1\nline2"\r\n', cell(0, 3), order);
    expect(grid.value('b1', 'note')).toBe('line1\nline2');
    expect(grid.value('b2', 'note')).toBeNull();
  });

  test('an empty clipboard changes nothing', () => {
    expect(model().paste('', cell(0, 0), order)).toEqual({ changed: 0, rejected: [] });
  });
});

describe('fillDown', () => {
  test('copies the top row of each selected column down, skipping locked cells', () => {
    const grid = model();
    grid.apply([
      { rowId: 'b1', field: 'amount', text: '50' },
      { rowId: 'b1', field: 'note', text: 'late fee' },
    ]);
    const report = grid.fillDown(range([3, 3], [0, 0]), order);
    expect(report.changed).toBe(5);
    expect(report.rejected).toEqual([
      { reason: 'locked', rowId: 'b2', field: 'amount', detail: 'paid' },
      { reason: 'locked', rowId: 'b2', field: 'discount', detail: 'paid' },
      { reason: 'locked', rowId: 'b2', field: 'due_date', detail: 'paid' },
    ]);
    expect(column(grid, 'amount')).toEqual(['50.00', '100.00', '50.00', '50.00']);
    expect(column(grid, 'note')).toEqual(['late fee', 'late fee', 'late fee', 'late fee']);
    // b3's due date is the same as b1's: not a change.
    expect(grid.isDirty('b3', 'due_date')).toBe(false);
  });

  test('a one-row selection takes the row above, as in Excel', () => {
    const grid = model();
    grid.apply([{ rowId: 'b3', field: 'note', text: 'above' }]);
    expect(grid.fillDown(range([3, 3], [3, 3]), order).changed).toBe(1);
    expect(grid.value('b4', 'note')).toBe('above');
    expect(grid.fillDown(range([0, 3], [0, 3]), order)).toEqual({ changed: 0, rejected: [] });
  });
});

describe('undo and redo', () => {
  test('step back and forth across paste, fill and edit', () => {
    const grid = model();
    grid.paste('7\r\n8\r\n', cell(0, 5), order);
    grid.fillDown(range([0, 5], [3, 5]), order);
    grid.apply([{ rowId: 'b4', field: 'months', text: '12' }]);
    expect(column(grid, 'months')).toEqual([7, 7, 7, 12]);

    expect(grid.undo()).toBe(true);
    expect(column(grid, 'months')).toEqual([7, 7, 7, 7]);
    expect(grid.undo()).toBe(true);
    expect(column(grid, 'months')).toEqual([7, 8, 1, 1]);
    expect(grid.isDirty('b3', 'months')).toBe(false);
    expect(grid.undo()).toBe(true);
    expect(column(grid, 'months')).toEqual([1, 1, 1, 1]);
    expect(grid.dirtyCount()).toBe(0);
    expect(grid.undo()).toBe(false);

    expect(grid.redo()).toBe(true);
    expect(grid.redo()).toBe(true);
    expect(column(grid, 'months')).toEqual([7, 7, 7, 7]);
    expect(grid.canRedo).toBe(true);

    grid.apply([{ rowId: 'b1', field: 'note', text: 'new step' }]);
    expect(grid.canRedo).toBe(false);
    expect(grid.redo()).toBe(false);
  });

  test('restores the issues a step set along with its values', () => {
    const grid = model();
    grid.paste('5\tabc\r\n', cell(0, 0), order);
    expect(grid.issue('b1', 'discount')).toEqual({ code: 'invalidNumber' });
    grid.undo();
    expect(grid.issue('b1', 'discount')).toBeUndefined();
    expect(grid.isDirty('b1', 'amount')).toBe(false);
    grid.redo();
    expect(grid.issue('b1', 'discount')).toEqual({ code: 'invalidNumber' });
    expect(grid.value('b1', 'amount')).toBe('5.00');
  });
});

describe('pending and commit', () => {
  test('pending lists changed fields only, as wire values, in load order', () => {
    const grid = model();
    grid.apply([
      { rowId: 'b4', field: 'note', text: 'x' },
      { rowId: 'b1', field: 'amount', text: '1,000' },
      { rowId: 'b1', field: 'months', text: '' },
      { rowId: 'b3', field: 'note', text: 'y' },
      { rowId: 'b3', field: 'note', text: '' },
    ]);
    expect(grid.pending()).toEqual([
      { id: 'b1', changes: { amount: '1000.00', months: null } },
      { id: 'b4', changes: { note: 'x' } },
    ]);
    expect(grid.dirtyCount()).toBe(3);
  });

  test('commit makes saved values the loaded ones and clears history', () => {
    const grid = model();
    grid.apply([{ rowId: 'b1', field: 'amount', text: '150' }]);
    grid.apply([{ rowId: 'b3', field: 'note', text: 'kept' }]);
    grid.apply([{ rowId: 'b1', field: 'discount', text: '-1' }]);
    grid.commit([bill('b1', { amount: '150.00' })]);

    expect(grid.value('b1', 'amount')).toBe('150.00');
    expect(grid.isDirty('b1', 'amount')).toBe(false);
    expect(grid.issue('b1', 'discount')).toBeUndefined();
    expect(grid.pending()).toEqual([{ id: 'b3', changes: { note: 'kept' } }]);
    expect(grid.canUndo).toBe(false);
    expect(grid.undo()).toBe(false);

    grid.apply([{ rowId: 'b1', field: 'amount', text: '100' }]);
    expect(grid.pending()).toEqual([
      { id: 'b1', changes: { amount: '100.00' } },
      { id: 'b3', changes: { note: 'kept' } },
    ]);
  });
});

describe('discard', () => {
  test("a colleague's newer row replaces the loaded one and drops my edits of it, keeping my other edits", () => {
    const grid = model();
    grid.apply([{ rowId: 'b1', field: 'amount', text: '150' }, { rowId: 'b3', field: 'note', text: 'mine' }]);
    grid.discard([bill('b1', { amount: '120.00' })]);
    expect(grid.value('b1', 'amount')).toBe('120.00');
    expect(grid.isDirty('b1', 'amount')).toBe(false);
    expect(grid.pending()).toEqual([{ id: 'b3', changes: { note: 'mine' } }]);
    expect(grid.canUndo).toBe(false);
  });
});

describe('copy', () => {
  test('writes values a spreadsheet reads back exactly', () => {
    const grid = model();
    grid.apply([
      { rowId: 'b1', field: 'amount', text: '¥1,234.5' },
      { rowId: 'b1', field: 'note', text: 'a\tb "c"' },
    ]);
    const tsv = grid.copy(range([0, 0], [1, 4]), order);
    expect(tsv).toBe('1234.50\t\t2026-03-31\t"a\tb ""c"""\tmain\r\n100.00\t\t2026-03-31\t\tmain\r\n');

    const other = model();
    other.paste(tsv, cell(2, 0), order);
    expect(other.copy(range([2, 0], [2, 4]), order)).toBe(tsv.split('\r\n')[0] + '\r\n');
  });
});

describe('summary', () => {
  test('counts every selected cell and sums number cells exactly', () => {
    const grid = model();
    grid.apply([
      { rowId: 'b1', field: 'discount', text: '0.10' },
      { rowId: 'b3', field: 'discount', text: '0.20' },
    ]);
    expect(grid.summary(range([0, 1], [3, 1]), order)).toEqual({ count: 4, numeric: 2, sum: '0.30' });
    expect(grid.summary(range([0, 0], [3, 3]), order)).toEqual({ count: 16, numeric: 6, sum: '389.80' });
    expect(grid.summary(range([0, 3], [3, 3]), order)).toEqual({ count: 4, numeric: 0, sum: '0' });
  });
});
