// Who gets which service-desk button — a courtesy of the console; every RPC checks the role itself (office_request,
// my_departments) and RLS decides which requests and orders a user reads.
import type { AppRole } from '../../domain/enums';

export type ServiceAction = 'work' | 'close' | 'fieldWork' | 'configure';

const ROLES: Readonly<Record<ServiceAction, readonly AppRole[]>> = {
  // Take, accept, reject, dispatch, note, complete what the office handled itself, call back.
  work: ['agent', 'manager', 'hq_admin'],
  // Close what a callback escalated, with the resolution.
  close: ['manager', 'hq_admin'],
  // Report arrival and completion on a work order.
  fieldWork: ['engineer', 'agent', 'manager', 'hq_admin'],
  // Rename, add and retime the categories (their service levels).
  configure: ['manager', 'hq_admin'],
};

export function may(roles: readonly AppRole[], action: ServiceAction): boolean {
  return roles.some((role) => ROLES[action].includes(role));
}
