import type { AccessControlProvider } from '@refinedev/core';
import { canUse } from '../domain/permissions';
import type { AppRole } from '../domain/enums';

/**
 * refine's access control fed with the user's roles in the current project. The roles change when
 * the user switches project, so they are set from the project context rather than fixed here.
 */
export function createAccessControl(): {
  readonly provider: AccessControlProvider;
  readonly setRoles: (roles: readonly AppRole[]) => void;
} {
  let roles: readonly AppRole[] = [];
  return {
    provider: {
      can: async ({ resource, action }) => ({ can: canUse(roles, resource, action) }),
      options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
    },
    setRoles: (next) => {
      roles = next;
    },
  };
}
