// Which posts (roles) someone may give in a project — the console's courtesy, mirroring private.may_staff:
// an office manager staffs agents, cashiers and field staff; HQ's administrator every project post. HQ roles
// are company-wide and given by HQ elsewhere, never here.
import type { AppRole, Department } from '../../domain/enums';

const OFFICE_POSTS: readonly AppRole[] = ['agent', 'cashier', 'engineer'];
const PROJECT_POSTS: readonly AppRole[] = ['manager', 'finance', 'cashier', 'agent', 'engineer'];

export function postsGivenBy(roles: readonly AppRole[]): readonly AppRole[] {
  if (roles.includes('hq_admin')) return PROJECT_POSTS;
  if (roles.includes('manager')) return OFFICE_POSTS;
  return [];
}

/** A post as the database keeps it: field staff have a department, nobody else does. */
export interface Post {
  readonly role: AppRole;
  readonly department: Department | null;
}

export function postOf(role: AppRole, department: Department | null): Post | null {
  if (role === 'engineer') return department === null ? null : { role, department };
  return { role, department: null };
}
