// Who gets which dunning button — a courtesy of the console; the database decides (record_call and
// may_run_dunning check the role, RLS the plans and the outbox).
import type { AppRole } from '../../domain/enums';

export type DunningAction = 'work' | 'proposePlans' | 'decidePlans' | 'readLetters';

const ROLES: Readonly<Record<DunningAction, readonly AppRole[]>> = {
  // Record calls and run the dunning on demand.
  work: ['agent', 'manager', 'hq_admin'],
  proposePlans: ['agent', 'manager', 'hq_admin'],
  // Approve (proposed → active) or cancel a plan.
  decidePlans: ['manager', 'finance', 'hq_admin'],
  // The outbox, where the notices are.
  readLetters: ['agent', 'manager', 'hq_admin', 'hq_analyst'],
};

export function may(roles: readonly AppRole[], action: DunningAction): boolean {
  return roles.some((role) => ROLES[action].includes(role));
}
