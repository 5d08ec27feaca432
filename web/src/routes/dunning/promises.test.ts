import { describe, expect, test } from 'vitest';
import { pausedOwners, type PromiseRow } from './promises';

const promise = (id: string, owner: string | null, date: string, at = '2046-04-20T02:00:00Z'): PromiseRow => ({
  id, owner_id: owner, promise_date: date, summary: '承诺付款', contacted_at: at, agent_id: null, owner: owner ? { name: owner, phone: null } : null,
});

describe('pausedOwners', () => {
  test('each owner once, with the latest date promised (the run pauses them until then), soonest first', () => {
    const rows = [
      promise('1', 'a', '2046-05-05'),
      promise('2', 'a', '2046-05-20'),
      promise('3', 'b', '2046-05-01'),
      promise('4', 'b', '2046-05-01', '2046-04-21T02:00:00Z'),
    ];
    expect(pausedOwners(rows, '2046-04-30').map((r) => r.id)).toEqual(['4', '2']);
  });

  test('a promise whose day has passed pauses nothing; the promised day itself still does', () => {
    expect(pausedOwners([promise('1', 'a', '2046-04-29'), promise('2', 'b', '2046-04-30'), promise('3', null, '2046-05-30')], '2046-04-30').map((r) => r.id))
      .toEqual(['2']);
  });
});
