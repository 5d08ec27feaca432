import { describe, expect, it } from 'vitest';
import { lineOf, STATS_COLUMNS, totalLine, type StatsRow } from './stats';

const row = (key: string, extra: Partial<StatsRow>): StatsRow => ({
  group_key: key, group_name: key, requests: 0, emergencies: 0, accepted: 0, accepted_in_time: 0, dispatched: 0, dispatched_in_time: 0,
  completed: 0, completed_in_time: 0, avg_work_minutes: null, callbacks_due: 0, called_back: 0, called_back_in_time: 0, rated: 0,
  satisfied: 0, callback_rate: null, satisfaction_rate: null, ...extra,
});
const repair = row('repair', { requests: 3, emergencies: 1, accepted: 3, accepted_in_time: 2, dispatched: 3, dispatched_in_time: 3,
  completed: 2, completed_in_time: 1, avg_work_minutes: 100, callbacks_due: 2, called_back: 2, rated: 2, satisfied: 2,
  callback_rate: '100.00', satisfaction_rate: '100.00' });
const cleaning = row('cleaning', { requests: 1, accepted: 1, accepted_in_time: 1, dispatched: 1, completed: 1, completed_in_time: 1,
  avg_work_minutes: 40, callbacks_due: 1, rated: 1, satisfied: 0, callback_rate: '0.00', satisfaction_rate: '0.00' });

describe('lineOf', () => {
  it('turns in-time counts into rates of those that reached the step', () => {
    expect(lineOf(repair, '报修')).toMatchObject({ name: '报修', accept_rate: '66.67', dispatch_rate: '100.00', complete_rate: '50.00' });
    expect(lineOf(row('x', {}), 'x')).toMatchObject({ accept_rate: null, dispatch_rate: null, complete_rate: null });
  });
});

describe('totalLine', () => {
  it('adds the counts and recomputes every rate from the sums', () => {
    expect(totalLine([repair, cleaning], '合计')).toMatchObject({
      name: '合计', requests: 4, emergencies: 1, accept_rate: '75.00', complete_rate: '66.67',
      // (100 × 2 + 40 × 1) / 3 completed
      avg_work_minutes: 80, callbacks_due: 3, called_back: 2, callback_rate: '66.67', satisfaction_rate: '66.67',
    });
    expect(totalLine([], '合计')).toBeNull();
  });

  it('shows callbacks and ratings as made of due', () => {
    const cells = STATS_COLUMNS.map((c) => c.cell(lineOf(cleaning, '保洁'), 0));
    expect(cells).toEqual(['保洁', '1', '0', '100.00', '0.00', '100.00', '40', '0/1', '0.00', '0/1', '0.00']);
  });
});
