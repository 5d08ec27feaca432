// Who gets which cashier button — a courtesy of the console; every RPC checks the role itself
// (post_payment, void_receipt, reissue_receipt, daily_close_preview/submit_daily_close, verify_daily_close).
import type { AppRole } from '../../domain/enums';

export type CashierAction = 'takePayments' | 'voidReceipts' | 'reissueReceipts' | 'verifyCloses';

const ROLES: Readonly<Record<CashierAction, readonly AppRole[]>> = {
  // Whoever takes money also closes their own day.
  takePayments: ['cashier', 'finance', 'manager', 'hq_admin'],
  voidReceipts: ['finance', 'hq_admin'],
  reissueReceipts: ['cashier', 'finance', 'hq_admin'],
  verifyCloses: ['finance', 'hq_admin'],
};

export function may(roles: readonly AppRole[], action: CashierAction): boolean {
  return roles.some((role) => ROLES[action].includes(role));
}
