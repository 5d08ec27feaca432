import { describe, expect, it } from 'vitest';
import type { Effect } from '../../rules/plugin/types.js';
import type { Json } from '../../rules/policy/types.js';
import { Q2_2027 } from '../shared/fixtures.js';
import { context, en, zh } from '../shared/testing.js';
import { ladder } from './ladder.js';
import { STANDARD_LADDER } from './procedure.js';

// DESIGN §1's procedure.
const DESIGN_LADDER = STANDARD_LADDER;

const ctx = context(Q2_2027);
const stages = (effects: Effect[]) => effects.map((e) => (e.kind === 'dunningStage' ? `${e.stage} ${e.on} ${e.channels.join('+')}` : e.kind));
const schedule = (dueDate: string, params: Record<string, Json> = DESIGN_LADDER) => ladder.plan(params, { bill: { billId: 'B-1', dueDate, balance: '743.40' } }, ctx);

describe('core.dunning.ladder', () => {
  it('dates the DESIGN ladder from a quarterly due date', () => {
    const effects = schedule('2027-04-10');
    expect(stages(effects)).toEqual([
      'reminder 2027-04-03 sms',
      'first 2027-04-20 sms+phone',
      'second 2027-04-30 letter',
      'final 2027-05-10 letter+door',
      'legal 2027-06-09 task',
    ]);
    expect(effects.map((e) => zh(e.why))).toEqual([
      '缴费提醒：2027-04-03（到期日 2027-04-10 前 7 天），短信',
      '首次催缴：2027-04-20（到期日 2027-04-10 后的 20 日），短信、电话',
      '书面催缴：2027-04-30（首次催缴后 10 天），书面函件',
      '最后通知：2027-05-10（书面催缴后 10 天），书面函件、上门',
      '法律程序：2027-06-09（最后通知后 30 天），内部任务',
    ]);
    expect(en(effects[1]!.why)).toBe('First notice: 2027-04-20 (the first day 20 after the due date 2027-04-10), by SMS, phone');
  });

  it('takes the next month for dayOfMonth on or before the due day, clamped to the month end', () => {
    expect(stages(schedule('2027-04-20'))[1]).toBe('first 2027-05-20 sms+phone');
    expect(stages(schedule('2027-04-25'))[1]).toBe('first 2027-05-20 sms+phone');
    expect(stages(schedule('2027-12-25'))[1]).toBe('first 2028-01-20 sms+phone');
    const monthEnd: Record<string, Json> = { stages: [{ key: 'first', dayOfMonth: 31, channels: ['sms'] }] };
    expect(stages(schedule('2028-01-31', monthEnd))).toEqual(['first 2028-02-29 sms']);
    expect(stages(schedule('2027-04-10', monthEnd))).toEqual(['first 2027-04-30 sms']);
  });

  it('gives the same dates from its per-due-date cache, as fresh effects', () => {
    const a = schedule('2027-04-10');
    const b = schedule('2027-04-10');
    expect(stages(b)).toEqual(stages(a));
    expect(b[0]).not.toBe(a[0]);
  });

  it('uses an office label for its own stage keys', () => {
    const custom: Record<string, Json> = { stages: [{ key: 'visit', label: { 'zh-CN': '管家上门', en: 'Butler visit' }, offsetDays: 3, channels: ['door'] }] };
    expect(zh(schedule('2027-04-10', custom)[0]!.why)).toBe('管家上门：2027-04-13（到期日 2027-04-10 后 3 天），上门');
  });

  it('refuses stages whose dates do not increase', () => {
    const backwards: Record<string, Json> = { stages: [{ key: 'first', offsetDays: 5, channels: ['sms'] }, { key: 'second', dayOfMonth: 20, channels: ['letter'] }] };
    expect(stages(schedule('2027-04-10', backwards))).toEqual(['first 2027-04-15 sms', 'second 2027-04-20 letter']);
    expect(() => schedule('2027-04-18', backwards)).toThrow('dunning stage second (2027-04-20) does not come after stage first (2027-04-23) for the due date 2027-04-18');
  });

  it('refuses a stage with no anchor, two anchors, or a first stage following nothing', () => {
    expect(() => schedule('2027-04-10', { stages: [{ key: 'a', channels: ['sms'] }] })).toThrow('stage 1 (a) needs exactly one of offsetDays, dayOfMonth, afterPreviousDays; it has 0');
    expect(() => schedule('2027-04-10', { stages: [{ key: 'a', offsetDays: 1, dayOfMonth: 20, channels: ['sms'] }] })).toThrow(/it has 2/);
    expect(() => schedule('2027-04-10', { stages: [{ key: 'a', afterPreviousDays: 3, channels: ['sms'] }] })).toThrow(/first stage has no previous stage/);
    expect(() => schedule('2027-04-10', { stages: [{ key: 'a', offsetDays: 1, channels: ['sms'] }, { key: 'a', offsetDays: 2, channels: ['sms'] }] })).toThrow(/key a is used twice/);
  });

  it('needs the due date of the bill being chased', () => {
    expect(() => ladder.plan(DESIGN_LADDER, {}, ctx)).toThrow(/needs the due date of the bill being chased/);
  });
});
