import { describe, expect, it } from 'vitest';
import { isActive, percentDone, toRunDetails, toRunSummary, type RunRow } from './run-stats';

const row: RunRow = {
  id: 'r1', period_start: '2030-01-01', period_end: '2030-03-31', fee_items: null, building_ids: null, status: 'running',
  units_total: 0, units_done: 0, policy_version: null, requested_by: null, started_at: null, finished_at: null, created_at: '2030-01-01T00:00:00Z',
  created: null, updated: null, unchanged: null, proposed: null, errorCount: null, receivable: null,
};

describe('billing run rows', () => {
  it('read a run without chunks yet as nothing done', () => {
    const run = toRunSummary(row);
    expect(run.counts).toEqual({ created: 0, updated: 0, unchanged: 0, proposed: 0, errorCount: 0 });
    expect(run.receivable).toBe('0');
    expect(run).not.toHaveProperty('created');
  });

  it('keep the totals of stats, the receivable as its decimal string', () => {
    const run = toRunSummary({ ...row, created: 12, updated: 3, unchanged: 40, proposed: 1, errorCount: 7, receivable: '123456.70' });
    expect(run.counts).toEqual({ created: 12, updated: 3, unchanged: 40, proposed: 1, errorCount: 7 });
    expect(run.receivable).toBe('123456.70');
  });

  it('read details with lists missing until the run writes them', () => {
    expect(toRunDetails({ errors: null, notBilled: null, error: null })).toEqual({ errors: [], notBilled: [], failure: null });
    const error = { unitId: 'u', roomNo: '1-101', feeItem: 'water', periodStart: '2030-01-01', message: 'no readings' };
    expect(toRunDetails({ errors: [error], notBilled: ['x'], error: 'boom' })).toEqual({ errors: [error], notBilled: ['x'], failure: 'boom' });
  });
});

describe('progress', () => {
  it('follows queued and running runs only', () => {
    expect(isActive('queued')).toBe(true);
    expect(isActive('running')).toBe(true);
    expect(isActive('succeeded')).toBe(false);
    expect(isActive('failed')).toBe(false);
  });

  it('is whole percent, 0 until the run knows its units', () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(2, 3)).toBe(66);
    expect(percentDone(3, 3)).toBe(100);
  });
});
