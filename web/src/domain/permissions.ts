import type { AppRole } from './enums';

/** Console resources whose writes are limited by role (issue 2, "who may do what"). */
export type ManagedResource = 'projects' | 'buildings' | 'units' | 'owners' | 'fee_items' | 'service_categories';
type WriteAction = 'create' | 'edit' | 'delete';

/** "hq_admin everywhere manager is listed." */
const MANAGERS: readonly AppRole[] = ['manager', 'hq_admin'];

const WRITERS: Readonly<Record<ManagedResource, Readonly<Record<WriteAction, readonly AppRole[]>>>> = {
  projects: { create: ['hq_admin'], edit: ['hq_admin'], delete: [] },
  buildings: { create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  units: { create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  owners: { create: [...MANAGERS, 'agent'], edit: [...MANAGERS, 'agent'], delete: MANAGERS },
  fee_items: { create: MANAGERS, edit: MANAGERS, delete: MANAGERS },
  // Categories are switched off (active), never deleted: requests refer to them.
  service_categories: { create: MANAGERS, edit: MANAGERS, delete: [] },
};

/** Pages only some roles read: the company-wide dashboard is HQ's (office staff see their project's). */
const READERS: Readonly<Record<string, readonly AppRole[]>> = {
  hq_dashboard: ['hq_admin', 'hq_analyst'],
  // Taking a request is the office's work; the others read the desk.
  service_intake: ['manager', 'agent', 'hq_admin'],
  // Who holds which post, with their logins: the people who staff the project.
  team: ['manager', 'hq_admin'],
};

/** Field staff (engineer only) see their work orders and nothing else of the console; RLS closes the rest to them too. */
const FIELD_PAGES: readonly string[] = ['service', 'service_work_orders'];

function writeActionOf(action: string): WriteAction | undefined {
  if (action === 'create' || action === 'clone') return 'create';
  if (action === 'edit' || action === 'delete') return action;
  return undefined;
}

/**
 * Whether the console offers an action. Only a UI courtesy: Postgres (RLS and grants) decides.
 * Reading is offered (RLS limits the rows) except on pages for some roles only; writing needs a listed
 * role, and resources without a write table (the coming modules) offer no writes at all.
 */
export function canUse(roles: readonly AppRole[], resource: string | undefined, action: string): boolean {
  const write = writeActionOf(action);
  if (!write) {
    if (roles.length > 0 && roles.every((role) => role === 'engineer')) return resource !== undefined && FIELD_PAGES.includes(resource);
    const readers = resource !== undefined && Object.hasOwn(READERS, resource) ? READERS[resource] : undefined;
    return !readers || roles.some((role) => readers.includes(role));
  }
  const allowed = resource !== undefined && resource in WRITERS ? WRITERS[resource as ManagedResource][write] : [];
  return roles.some((role) => allowed.includes(role));
}
