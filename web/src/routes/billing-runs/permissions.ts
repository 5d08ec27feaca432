// Who may start billing runs — a courtesy of the console (the button is hidden); start_billing_run checks the
// role itself and the function answers 403.
import type { AppRole } from '../../domain/enums';

const BILLERS: readonly AppRole[] = ['manager', 'finance', 'hq_admin'];

export function mayStartRuns(roles: readonly AppRole[]): boolean {
  return roles.some((role) => BILLERS.includes(role));
}
