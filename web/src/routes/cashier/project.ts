// The project as the cashier pages need it: its name (printed on receipts), its time zone (what "today" is) and the
// payment methods its office takes (projects.payment_methods). One cache entry per project for all three pages.
import { useQuery } from '@tanstack/react-query';
import { supabaseClient as db } from '../../providers/supabase-client';
import { rowsOf } from '../../providers/query-rows';

/** public.payment_method; 'prepaid' is the database's own (bills drawing on a prepaid balance), never offered. */
export const PAYMENT_METHODS = ['cash', 'bank_card', 'wechat', 'alipay', 'bank_transfer', 'direct_debit', 'cheque', 'prepaid'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface CashierProject {
  readonly name: string;
  readonly timezone: string;
  readonly payment_methods: readonly PaymentMethod[];
}

async function loadCashierProject(projectId: string): Promise<CashierProject> {
  return rowsOf<CashierProject>(db.from('projects').select('name,timezone,payment_methods').eq('id', projectId).single());
}

export function useCashierProject(projectId: string) {
  return useQuery({ queryKey: ['cashier-project', projectId], queryFn: () => loadCashierProject(projectId), staleTime: 60_000 });
}
