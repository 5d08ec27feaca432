// What the grid lets a role do with bills — a courtesy of the console; Postgres decides (save_bill_edits and
// transition_bills check roles themselves). Amounts of drafts change directly; a bill under review or issued
// takes the edit as a proposed adjustment for finance; a void bill takes nothing.
import type { AppRole } from '../../domain/enums';

export type BillStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'issued' | 'void';
export type BillAction = 'submit' | 'approve' | 'return' | 'issue';

const EDITORS: readonly AppRole[] = ['manager', 'finance', 'hq_admin'];

/** Each workflow step: the states it starts from and who may take it (as transition_bills has it). */
export const WORKFLOW: Readonly<Record<BillAction, { readonly from: readonly BillStatus[]; readonly roles: readonly AppRole[] }>> = {
  submit: { from: ['draft', 'returned'], roles: ['manager', 'hq_admin'] },
  approve: { from: ['submitted'], roles: ['finance', 'hq_admin'] },
  return: { from: ['submitted'], roles: ['finance', 'hq_admin'] },
  issue: { from: ['approved'], roles: ['finance', 'manager', 'hq_admin'] },
};

export const canEditBills = (roles: readonly AppRole[]): boolean => roles.some((r) => EDITORS.includes(r));

export const mayTake = (roles: readonly AppRole[], action: BillAction): boolean => roles.some((r) => WORKFLOW[action].roles.includes(r));

/** How an edit of a bill in this state is saved. */
export function editKind(status: BillStatus): 'direct' | 'adjustment' | 'none' {
  if (status === 'void') return 'none';
  return status === 'draft' || status === 'returned' ? 'direct' : 'adjustment';
}
