// Which posts (roles) someone may give in a project — the console's courtesy, mirroring private.may_staff:
// an office manager staffs agents, cashiers and field staff of their project; HQ's administrator every project
// post, and company-wide posts (every project of the company): HQ's own roles, or any project post for
// someone who serves every project.
import type { AppRole, Department } from '../../domain/enums';

const OFFICE_POSTS: readonly AppRole[] = ['agent', 'cashier', 'engineer'];
const PROJECT_POSTS: readonly AppRole[] = ['manager', 'finance', 'cashier', 'agent', 'engineer'];
const HQ_POSTS: readonly AppRole[] = ['hq_admin', 'hq_analyst'];

export function postsGivenBy(roles: readonly AppRole[]): readonly AppRole[] {
  if (roles.includes('hq_admin')) return PROJECT_POSTS;
  if (roles.includes('manager')) return OFFICE_POSTS;
  return [];
}

export function companyPostsGivenBy(roles: readonly AppRole[]): readonly AppRole[] {
  return roles.includes('hq_admin') ? [...HQ_POSTS, ...PROJECT_POSTS] : [];
}

/** HQ's roles exist only company-wide (the memberships table's check). */
export const onlyCompanyWide = (role: AppRole): boolean => HQ_POSTS.includes(role);

/** A post as the database keeps it: field staff have a department, nobody else does; company-wide has no project. */
export interface Post {
  readonly role: AppRole;
  readonly department: Department | null;
  readonly companyWide: boolean;
}

export function postOf(role: AppRole, department: Department | null, companyWide: boolean): Post | null {
  const scope = companyWide || onlyCompanyWide(role);
  if (role === 'engineer') return department === null ? null : { role, department, companyWide: scope };
  return { role, department: null, companyWide: scope };
}

/** The membership columns of a post in `projectId`. */
export const membershipOf = (post: Post, projectId: string) =>
  ({ role: post.role, department: post.department, project_id: post.companyWide ? null : projectId });
