import { describe, expect, it } from 'vitest';
import { postOf, postsGivenBy } from './posts';

describe('posts', () => {
  it('a manager gives agents, cashiers and field staff; HQ admin every project post; others none', () => {
    expect(postsGivenBy(['manager'])).toEqual(['agent', 'cashier', 'engineer']);
    expect(postsGivenBy(['hq_admin'])).toEqual(['manager', 'finance', 'cashier', 'agent', 'engineer']);
    expect(postsGivenBy(['agent', 'cashier'])).toEqual([]);
    expect(postsGivenBy(['hq_analyst'])).toEqual([]);
  });

  it('field staff need a department, and nobody else keeps one', () => {
    expect(postOf('engineer', null)).toBeNull();
    expect(postOf('engineer', 'cleaning')).toEqual({ role: 'engineer', department: 'cleaning' });
    expect(postOf('agent', 'cleaning')).toEqual({ role: 'agent', department: null });
  });
});
