// The daily close (日结), straight through supabase-js (RLS and the RPCs decide): what a cashier's day should hold
// by method (daily_close_preview, worked out from their payments as they stand), the closes themselves
// (daily_closes, money as text, with the names of cashier and verifier), submit_daily_close and verify_daily_close.
import { translate } from '../../../i18n/dictionary';
import { localeStore } from '../../../i18n/locale-store';
import { supabaseClient as db } from '../../../providers/supabase-client';
import { staffNames } from '../../policies/queries';
import { pageOf, readableError, rowsOf } from '../../../providers/query-rows';

export type CloseStatus = 'open' | 'submitted' | 'verified';

/** Amounts by payment method, as decimal strings: { cash: '150.00', wechat: '66.00' }. */
export type ByMethod = Readonly<Record<string, string>>;

interface CloseRecord {
  readonly id: string;
  readonly business_date: string;
  readonly cashier_id: string;
  /** As submitted. */
  readonly expected: ByMethod;
  readonly counted_cash: string | null;
  readonly deposit_ref: string | null;
  readonly variance: string | null;
  readonly variance_reason: string | null;
  readonly status: CloseStatus;
  readonly verified_by: string | null;
  readonly verified_at: string | null;
}

export interface DailyClose extends CloseRecord {
  readonly cashierName: string | null;
  readonly verifierName: string | null;
}

const COLUMNS = 'id,business_date,cashier_id,expected,counted_cash::text,deposit_ref,variance::text,variance_reason,status,verified_by,verified_at';

async function withNames(records: readonly CloseRecord[]): Promise<DailyClose[]> {
  const names = await staffNames(records.flatMap((r) => [r.cashier_id, ...(r.verified_by ? [r.verified_by] : [])]));
  return records.map((r) => ({ ...r, cashierName: names.get(r.cashier_id) ?? null, verifierName: r.verified_by ? (names.get(r.verified_by) ?? null) : null }));
}

/** What the signed-in user's day should hold, by method, from their payments as they stand now. */
export async function expectedOfMyDay(projectId: string, day: string): Promise<ByMethod> {
  const preview = await rowsOf<{ expected: ByMethod }>(db.rpc('daily_close_preview', { p_project_id: projectId, p_day: day }));
  return preview.expected;
}

/** A cashier's close of a day, if they submitted one. */
export async function closeOf(projectId: string, cashierId: string, day: string): Promise<DailyClose | null> {
  const record = await rowsOf<CloseRecord | null>(db.from('daily_closes').select(COLUMNS)
    .eq('project_id', projectId).eq('cashier_id', cashierId).eq('business_date', day).maybeSingle());
  return record && (await withNames([record]))[0]!;
}

/** A page of the project's closes, latest day first; only those waiting for finance when `pendingOnly`. */
export async function listCloses(projectId: string, pendingOnly: boolean, page: number, pageSize: number): Promise<{ rows: DailyClose[]; total: number }> {
  let query = db.from('daily_closes').select(COLUMNS, { count: 'exact' }).eq('project_id', projectId);
  if (pendingOnly) query = query.eq('status', 'submitted');
  const from = (page - 1) * pageSize;
  const listed = await pageOf<CloseRecord>(query.order('business_date', { ascending: false }).order('cashier_id').range(from, from + pageSize - 1));
  return { rows: await withNames(listed.rows), total: listed.total };
}

export interface Submission {
  readonly countedCash: string;
  readonly depositRef: string;
  readonly varianceReason: string;
}

export async function submitClose(projectId: string, day: string, submission: Submission): Promise<void> {
  await rowsOf(db.rpc('submit_daily_close', {
    p_project_id: projectId, p_day: day, p_counted_cash: submission.countedCash,
    p_deposit_ref: submission.depositRef, p_variance_reason: submission.varianceReason,
  }));
}

export async function verifyClose(closeId: string): Promise<void> {
  const { error } = await db.rpc('verify_daily_close', { p_close_id: closeId });
  // PT409: the cashier's payments of that day changed after they submitted it.
  if (error?.code === 'PT409') throw new Error(translate(localeStore.get(), 'cashierDesk.close.changedSinceSubmitted'));
  if (error) throw readableError(error);
}
