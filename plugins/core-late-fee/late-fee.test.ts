import { describe, expect, it } from 'vitest';
import type { Effect } from '../../rules/plugin/types.js';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { builtInPlugins } from '../index.js';
import { Q2_2027 } from '../shared/fixtures.js';
import { context, zh } from '../shared/testing.js';
import { daily } from './daily.js';
import { fixtures } from './fixtures.js';

const PARAMS = { rate: '0.0003', graceDays: 0, capRatio: '1' };
const bill = (balance: string, dueDate: string, feeItem = 'mgmt') => ({ billId: `B-${dueDate}`, feeItem, balance, dueDate });
const fees = (effects: Effect[]) => effects.map((e) => (e.kind === 'lateFee' ? e.amount.toString() : e.kind));
const plan = (asOf: string, facts: Record<string, unknown>, params: Record<string, string | number | boolean | string[]> = PARAMS) => daily.plan(params, facts, context(Q2_2027, asOf));

describe('core.lateFee.daily', () => {
  it('counts from the day after the due date through asOf', () => {
    expect(fees(plan('2027-01-10', { arrears: [bill('1000.00', '2027-01-10')] }))).toEqual([]);
    expect(fees(plan('2027-01-11', { arrears: [bill('1000.00', '2027-01-10')] }))).toEqual(['0.3']);
    expect(fees(plan('2027-02-09', { arrears: [bill('1000.00', '2027-01-10')] }))).toEqual(['9']);
  });

  it('starts after the grace days', () => {
    const arrears = [bill('1000.00', '2027-01-10')];
    expect(fees(plan('2027-01-15', { arrears }, { ...PARAMS, graceDays: 5 }))).toEqual([]);
    expect(fees(plan('2027-01-16', { arrears }, { ...PARAMS, graceDays: 5 }))).toEqual(['0.3']);
  });

  it('caps each bill at balance × capRatio and says so', () => {
    const [effect] = plan('2027-03-25', { arrears: [bill('100.00', '2020-01-10')] }, { ...PARAMS, capRatio: '0.5' });
    expect(effect?.kind === 'lateFee' && effect.amount.toString()).toBe('50');
    expect(zh(effect!.why)).toContain('超过上限（欠费 × 0.5），按上限 ¥50.00');
  });

  it("counts only this line's fee item unless told otherwise, and skips settled bills", () => {
    const arrears = [bill('1000.00', '2027-01-10'), bill('1000.00', '2027-01-10', 'parking'), bill('0.00', '2027-01-10')];
    expect(fees(plan('2027-01-11', { arrears }))).toEqual(['0.3']);
    expect(fees(plan('2027-01-11', { arrears }, { ...PARAMS, feeItems: ['parking'] }))).toEqual(['0.3']);
    expect(fees(plan('2027-01-11', { arrears }, { ...PARAMS, feeItems: ['mgmt', 'parking'] }))).toEqual(['0.3', '0.3']);
  });

  it('keeps the exact amount for the engine to round once', () => {
    // 743.40 × 0.0003 × 74 = 16.50348
    expect(fees(plan('2027-03-25', { arrears: [bill('743.40', '2027-01-10')] }))).toEqual(['16.50348']);
  });

  it('waives everything while an installment plan is kept, and charges again when it lapses', () => {
    const arrears = [bill('743.40', '2027-01-10'), bill('100.00', '2027-02-10')];
    const [waiver, ...rest] = plan('2027-03-25', { arrears, plan: { current: true } });
    expect(rest).toEqual([]);
    expect(waiver?.kind === 'lateFee' && waiver.amount.isZero()).toBe(true);
    // 16.50348 + 100 × 0.0003 × 43 = 16.50348 + 1.29
    expect(zh(waiver!.why)).toBe('分期协议履行中，免收滞纳金（应计 ¥17.79348）');
    expect(fees(plan('2027-03-25', { arrears, plan: { current: false } }))).toEqual(['16.50348', '1.29']);
  });

  it('does not count the days under a fee dispute, open or resolved, unless the policy says so', () => {
    const open = [{ ...bill('1000.00', '2027-01-10'), disputes: [{ from: '2027-01-20', to: null }] }];
    // Jan 11–19 count (9 days); from Jan 20 the dispute is open
    expect(fees(plan('2027-03-25', { arrears: open }))).toEqual(['2.7']);
    // resolved on Feb 1, and an earlier record overlapping it: Jan 20–31 paused once (12 days) → 74 − 12 = 62
    const resolved = [{ ...bill('1000.00', '2027-01-10'), disputes: [{ from: '2027-01-25', to: '2027-02-01' }, { from: '2027-01-20', to: '2027-01-28' }] }];
    expect(fees(plan('2027-03-25', { arrears: resolved }))).toEqual(['18.6']);
    // a dispute before the bill was overdue pauses nothing
    const early = [{ ...bill('1000.00', '2027-01-10'), disputes: [{ from: '2026-12-01', to: '2027-01-05' }] }];
    expect(fees(plan('2027-01-11', { arrears: early }))).toEqual(['0.3']);
    expect(fees(plan('2027-03-25', { arrears: open }, { ...PARAMS, pauseWhileDisputed: false }))).toEqual(['22.2']);
  });

  it('refuses a dispute it cannot read, naming the bill', () => {
    const arrears = [{ ...bill('1000.00', '2027-01-10'), disputes: [{ to: '2027-02-01' }] }];
    expect(() => plan('2027-03-25', { arrears })).toThrow('arrears item 1 (bill B-2027-01-10): dispute 1 has no from date');
  });

  it('says nothing without overdue arrears, plan or not', () => {
    expect(plan('2027-03-25', { plan: { current: true } })).toEqual([]);
  });

  it('refuses an arrears item it cannot read, naming it', () => {
    expect(() => plan('2027-03-25', { arrears: [{ billId: 'B-7', feeItem: 'mgmt', balance: 743.4, dueDate: '2027-01-10' }] }))
      .toThrow('arrears item 1 (bill B-7): balance must be a decimal string');
    expect(() => plan('2027-03-25', { arrears: [{ billId: 'B-8', feeItem: 'mgmt', balance: '1.00' }] })).toThrow('arrears item 1 (bill B-8): dueDate is missing');
    expect(() => plan('2027-03-25', { arrears: { billId: 'B-9' } })).toThrow(/must be a list/);
  });
});

describe('core.lateFee fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
