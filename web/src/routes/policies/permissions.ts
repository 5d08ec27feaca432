// Who may do what with fee policies — a courtesy of the console (buttons hidden); Postgres decides (RLS on
// policies, publish_policy runs as the caller). Project versions belong to the office manager and HQ admin,
// HQ templates to HQ admin alone.
import type { AppRole } from '../../domain/enums';

export type PolicyScope = 'project' | 'template';

export interface PolicyRights {
  readonly create: boolean;
  readonly edit: boolean;
  readonly delete: boolean;
  readonly publish: boolean;
}

const WRITERS: Readonly<Record<PolicyScope, readonly AppRole[]>> = {
  project: ['manager', 'hq_admin'],
  template: ['hq_admin'],
};

export function policyRights(roles: readonly AppRole[], scope: PolicyScope): PolicyRights {
  const may = roles.some((role) => WRITERS[scope].includes(role));
  return { create: may, edit: may, delete: may, publish: may };
}

/** HQ roles see the company's templates as a tab of their own. */
export function seesTemplates(roles: readonly AppRole[]): boolean {
  return roles.includes('hq_admin') || roles.includes('hq_analyst');
}
