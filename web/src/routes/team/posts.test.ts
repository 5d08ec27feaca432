import { describe, expect, it } from 'vitest';
import { companyPostsGivenBy, membershipOf, postOf, postsGivenBy } from './posts';

describe('posts', () => {
  it('a manager gives agents, cashiers and field staff; HQ admin every project post; others none', () => {
    expect(postsGivenBy(['manager'])).toEqual(['agent', 'cashier', 'engineer']);
    expect(postsGivenBy(['hq_admin'])).toEqual(['manager', 'finance', 'cashier', 'agent', 'engineer']);
    expect(postsGivenBy(['agent', 'cashier'])).toEqual([]);
    expect(postsGivenBy(['hq_analyst'])).toEqual([]);
  });

  it('company-wide posts are HQ admin’s alone to give: HQ’s roles and any project post', () => {
    expect(companyPostsGivenBy(['hq_admin'])).toEqual(['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent', 'engineer']);
    expect(companyPostsGivenBy(['manager'])).toEqual([]);
    expect(companyPostsGivenBy(['hq_analyst'])).toEqual([]);
  });

  it('field staff need a department, nobody else keeps one, and HQ roles are always company-wide', () => {
    expect(postOf('engineer', null, false)).toBeNull();
    expect(postOf('engineer', 'cleaning', false)).toEqual({ role: 'engineer', department: 'cleaning', companyWide: false });
    expect(postOf('agent', 'cleaning', true)).toEqual({ role: 'agent', department: null, companyWide: true });
    expect(postOf('hq_analyst', null, false)).toEqual({ role: 'hq_analyst', department: null, companyWide: true });
  });

  it('a company-wide post is a membership without a project', () => {
    expect(membershipOf({ role: 'finance', department: null, companyWide: true }, 'p1')).toEqual({ role: 'finance', department: null, project_id: null });
    expect(membershipOf({ role: 'agent', department: null, companyWide: false }, 'p1')).toEqual({ role: 'agent', department: null, project_id: 'p1' });
  });
});
