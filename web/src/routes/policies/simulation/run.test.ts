import { describe, expect, it } from 'vitest';
import { policyRegistry } from '../registry';
import type { UnitFactsRow } from './facts';
import { simulate, type Progress, type SimulationInput } from './run';
import { summarize } from './summary';
import type { SimulationResult } from './types';

const mgmt = (rate: string) => ({
  feeItems: [{
    code: 'mgmt', name: { 'zh-CN': '物业管理费', en: 'Management fee' }, cycle: 'quarter',
    rules: [
      { name: 'base', priority: 100, conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] }, event: { type: 'core.charge.areaRate', params: { ratePerM2Month: rate } } },
      { name: 'senior', priority: 50, conditions: { all: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }] }, event: { type: 'core.relief.percent', params: { percent: '10', label: { 'zh-CN': '老年人减免', en: 'Senior relief' } } } },
    ],
  }],
});

const row = (i: number, over: Partial<UnitFactsRow> = {}): UnitFactsRow => ({
  unit_id: `u${i}`, project_id: 'p', room_no: `1-1-${100 + i}`, building_code: '1', area: '88.50', usage: 'residential',
  handover_date: '2020-05-01', renovation_date: '2020-06-01', occupancy_date: null, occupancy: 'occupied',
  owner_id: `o${i}`, owner_name: `业主${i}`, owner_tags: [], parking_spaces: 0, ...over,
});

function runAll(input: SimulationInput, chunk = 2): { progress: Progress[]; result: SimulationResult } {
  const progress: Progress[] = [];
  const run = simulate(input, policyRegistry, chunk);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { progress, result: step.value };
    progress.push(step.value);
  }
}

const period = { start: '2027-01-01', end: '2027-03-31' };

const water = {
  feeItems: [{
    code: 'water', cycle: 'month',
    rules: [{ name: 'tiered', priority: 1, conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] },
      event: { type: 'core.charge.metered', params: { meter: 'water', tiers: [{ upTo: '15', price: '3.50' }, { price: '6.50' }] } } }],
  }],
};

describe('simulate', () => {
  it('uses the period facts of each unit: readings for metered fees', () => {
    // u1 used 112.5 − 100 = 12.5 t: 12.5 × 3.50 = 43.75; u2 has no readings for the period.
    const { result } = runAll({
      draft: water, published: null, rows: [row(1), row(2)],
      periodFacts: { u1: { meters: { water: { previous: '100.000', current: '112.500', multiplier: '1.00' } } } },
      period: { start: '2027-01-01', end: '2027-01-31' }, asOf: '2027-01-05',
    });
    expect(result.lines[0]!.after).toEqual({ ok: true, total: '43.75' });
    expect(result.lines[1]!.after).toMatchObject({ ok: false, message: expect.stringContaining('no readings') });
  });

  it('evaluates draft and published for every unit, a chunk at a time', () => {
    const rows = [row(1), row(2, { owner_tags: ['senior'] }), row(3, { area: 'eighty' }), row(4), row(5)];
    const { progress, result } = runAll({ draft: mgmt('3.00'), published: mgmt('2.80'), rows, period, asOf: '2026-12-25' });
    expect(progress).toEqual([{ done: 2, total: 5 }, { done: 4, total: 5 }, { done: 5, total: 5 }]);
    expect(result.feeItems).toEqual(['mgmt']);
    expect(result.hasBaseline).toBe(true);
    // 88.50 × 2.80 × 3 = 743.40; × 3.00 × 3 = 796.50; the senior pays 90 % (669.06, 716.85). Unit 3 fails:
    // 3 × 743.40 + 669.06 = 2899.26 before, 3 × 796.50 + 716.85 = 3106.35 after.
    expect(result.lines[0]).toEqual({ unit: 0, feeItem: 'mgmt', before: { ok: true, total: '743.40' }, after: { ok: true, total: '796.50' } });
    expect(result.lines[1]).toMatchObject({ before: { ok: true, total: '669.06' }, after: { ok: true, total: '716.85' } });
    expect(result.lines[2]!.after).toMatchObject({ ok: false, rule: 'base', message: expect.stringContaining('area') });
    const summary = summarize(result);
    expect(summary.feeItems[0]).toMatchObject({ before: '2899.26', after: '3106.35', diff: '207.09', changed: 4, errors: 2 });
  });

  it('runs without a published version, and reports one that no longer compiles', () => {
    const none = runAll({ draft: mgmt('2.80'), published: null, rows: [row(1)], period, asOf: '2026-12-25' }).result;
    expect(none.hasBaseline).toBe(false);
    expect(none.lines[0]!.before).toBeNull();
    const broken = runAll({ draft: mgmt('2.80'), published: { feeItems: [] }, rows: [row(1)], period, asOf: '2026-12-25' }).result;
    expect(broken.hasBaseline).toBe(false);
    expect(broken.baselineError).toMatch(/fee item/);
  });

  it('compares fee items only one side has', () => {
    const published = { feeItems: [{ ...mgmt('2.80').feeItems[0]!, code: 'old' }] };
    const { result } = runAll({ draft: mgmt('2.80'), published, rows: [row(1)], period, asOf: '2026-12-25' });
    expect(result.feeItems).toEqual(['mgmt', 'old']);
    expect(result.lines).toEqual([
      { unit: 0, feeItem: 'mgmt', before: null, after: { ok: true, total: '743.40' } },
      { unit: 0, feeItem: 'old', before: { ok: true, total: '743.40' }, after: null },
    ]);
  });

  it('refuses an invalid draft', () => {
    expect(() => runAll({ draft: { feeItems: 'x' }, published: null, rows: [], period, asOf: '2026-12-25' })).toThrow(/invalid/);
  });
});
