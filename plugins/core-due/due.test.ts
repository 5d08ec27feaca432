import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { builtInPlugins } from '../index.js';
import { Q1_2027 } from '../shared/fixtures.js';
import { context, en, zh } from '../shared/testing.js';
import { fixtures } from './fixtures.js';
import { dueWindow } from './window.js';

const due = (params: Record<string, string | number>, period = Q1_2027) => {
  const [effect] = dueWindow.plan(params, {}, context(period));
  return effect?.kind === 'due' ? { date: effect.date, zh: zh(effect.why), en: en(effect.why) } : effect;
};

describe('core.due.window', () => {
  it("is the window's last day in the period's first or last month", () => {
    expect(due({ month: 'first-of-period', fromDay: 1, toDay: 10 })).toEqual({ date: '2027-01-10', zh: '缴费期 2027 年 1 月 1–10 日，截止 2027-01-10', en: 'Pay on days 1–10 of 2027-01; due 2027-01-10' });
    expect(due({ month: 'last-of-period', fromDay: 20, toDay: 25 })).toMatchObject({ date: '2027-03-25' });
  });

  it('clamps the window to the month', () => {
    expect(due({ month: 'first-of-period', fromDay: 25, toDay: 31 }, { start: '2027-02-01', end: '2027-02-28' })).toMatchObject({ date: '2027-02-28', zh: '缴费期 2027 年 2 月 25–28 日，截止 2027-02-28' });
  });

  it('gives the same answer from its per-month cache', () => {
    const params = { month: 'first-of-period', fromDay: 1, toDay: 10 };
    expect(due(params, { start: '2027-04-01', end: '2027-06-30' })).toMatchObject({ date: '2027-04-10' });
    expect(due(params, { start: '2027-07-01', end: '2027-09-30' })).toMatchObject({ date: '2027-07-10' });
    expect(due(params, { start: '2027-04-01', end: '2027-06-30' })).toMatchObject({ date: '2027-04-10' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => due({ month: 'first-of-period', fromDay: 11, toDay: 10 })).toThrow('the payment window starts (day 11) after it ends (day 10)');
  });
});

describe('core.due fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
