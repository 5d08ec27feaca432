import { describe, expect, it } from 'vitest';
import { lineChanged, summarize, unitRows } from './summary';
import type { Side, SimulationResult } from './types';

const ok = (total: string): Side => ({ ok: true, total });
const err = (message: string, rule?: string): Side => ({ ok: false, message, ...(rule ? { rule } : {}) });

function result(lines: SimulationResult['lines'], units = ['1-101', '1-102', '1-103']): SimulationResult {
  return {
    units: units.map((roomNo, i) => ({ id: `u${i}`, roomNo, ownerName: `业主${i}` })),
    feeItems: ['mgmt', 'parking'],
    lines,
    hasBaseline: true,
    period: { start: '2027-01-01', end: '2027-03-31' },
    asOf: '2026-12-25',
  };
}

describe('summarize', () => {
  it('sums totals exactly with decimals, per fee item and overall', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; ten thousand of them drift further.
    const lines = Array.from({ length: 10_000 }, (_, i) => ({ unit: i % 3, feeItem: 'mgmt', before: ok('0.10'), after: ok('0.20') }));
    const s = summarize(result(lines));
    expect(s.feeItems[0]).toEqual({ code: 'mgmt', before: '1000.00', after: '2000.00', diff: '1000.00', lines: 10_000, changed: 10_000, errors: 0 });
    expect(s.feeItems[1]).toMatchObject({ code: 'parking', before: '0.00', after: '0.00', lines: 0 });
    expect(s.total).toEqual({ before: '1000.00', after: '2000.00', diff: '1000.00' });
  });

  it('keeps amounts beyond double precision exact', () => {
    const s = summarize(result([
      { unit: 0, feeItem: 'mgmt', before: ok('10000000000089.99'), after: ok('10000000000089.99') },
      { unit: 1, feeItem: 'mgmt', before: ok('0.01'), after: ok('0.02') },
    ]));
    expect(s.total.before).toBe('10000000000090.00');
    expect(s.total.after).toBe('10000000000090.01');
    expect(s.changed).toBe(1);
  });

  it('orders the biggest changes by absolute difference, then room and fee item, and cuts at the limit', () => {
    const s = summarize(result([
      { unit: 2, feeItem: 'mgmt', before: ok('100.00'), after: ok('90.00') },
      { unit: 0, feeItem: 'mgmt', before: ok('100.00'), after: ok('150.00') },
      { unit: 1, feeItem: 'parking', before: ok('0.00'), after: ok('-50.00') },
      { unit: 1, feeItem: 'mgmt', before: ok('20.00'), after: ok('70.00') },
      { unit: 0, feeItem: 'parking', before: ok('5.00'), after: ok('5.00') },
    ]), 3);
    expect(s.biggest.map((c) => [c.roomNo, c.feeItem, c.diff])).toEqual([
      ['1-101', 'mgmt', '50.00'],
      ['1-102', 'mgmt', '50.00'],
      ['1-102', 'parking', '-50.00'],
    ]);
    expect(s.biggest[0]).toMatchObject({ before: '100.00', after: '150.00', ownerName: '业主0' });
    expect(s.changed).toBe(4);
  });

  it('lists failed lines with their side and reason, counts them as changed only when one side fails, and leaves them out of sums', () => {
    const s = summarize(result([
      { unit: 0, feeItem: 'mgmt', before: ok('10.00'), after: err('unit 1-101: area must be a decimal', 'base') },
      { unit: 1, feeItem: 'mgmt', before: err('old bug'), after: err('new bug') },
      { unit: 2, feeItem: 'mgmt', before: ok('10.00'), after: ok('12.00') },
    ]));
    expect(s.errors).toEqual([
      { unit: 0, roomNo: '1-101', feeItem: 'mgmt', side: 'draft', message: 'unit 1-101: area must be a decimal', rule: 'base' },
      { unit: 1, roomNo: '1-102', feeItem: 'mgmt', side: 'published', message: 'old bug' },
      { unit: 1, roomNo: '1-102', feeItem: 'mgmt', side: 'draft', message: 'new bug' },
    ]);
    expect(s.changed).toBe(2);
    expect(s.feeItems[0]).toMatchObject({ before: '20.00', after: '12.00', errors: 3, changed: 2 });
    expect(s.biggest.map((c) => c.roomNo)).toEqual(['1-103']);
  });

  it('treats a fee item missing on one side as zero there', () => {
    const s = summarize({ ...result([{ unit: 0, feeItem: 'mgmt', before: null, after: ok('30.00') }]), hasBaseline: false });
    expect(s.total).toEqual({ before: '0.00', after: '30.00', diff: '30.00' });
    expect(s.changed).toBe(1);
  });
});

describe('lineChanged', () => {
  it('compares amounts as decimals, not as text', () => {
    expect(lineChanged({ before: ok('1.50'), after: ok('1.5') })).toBe(false);
    expect(lineChanged({ before: null, after: ok('0.00') })).toBe(false);
    expect(lineChanged({ before: ok('1.00'), after: err('x') })).toBe(true);
  });
});

describe('unitRows', () => {
  const r = result([
    { unit: 0, feeItem: 'mgmt', before: ok('100.00'), after: ok('90.00') },
    { unit: 0, feeItem: 'parking', before: ok('50.00'), after: ok('50.00') },
    { unit: 1, feeItem: 'mgmt', before: ok('10.00'), after: err('bad') },
  ]);

  it('sums each unit over its fee items', () => {
    expect(unitRows(r)).toEqual([
      { unit: 0, roomNo: '1-101', ownerName: '业主0', before: '150.00', after: '140.00', diff: '-10.00', changed: true, errors: 0 },
      { unit: 1, roomNo: '1-102', ownerName: '业主1', before: '10.00', after: '0.00', diff: '-10.00', changed: true, errors: 1 },
      { unit: 2, roomNo: '1-103', ownerName: '业主2', before: '0.00', after: '0.00', diff: '0.00', changed: false, errors: 0 },
    ]);
  });

  it('or over one fee item', () => {
    expect(unitRows(r, 'parking')[0]).toMatchObject({ before: '50.00', after: '50.00', changed: false });
  });
});
