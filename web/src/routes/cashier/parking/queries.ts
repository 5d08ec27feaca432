// Parking handovers straight through supabase-js: submit_parking_handover posts the lines (RLS and the RPC
// decide), and the project's handovers with the attendants' names.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { pageOf, rowsOf } from '../../../providers/query-rows';
import { staffNames } from '../../policies/queries';
import type { HandoverLine } from './lines';

export interface PostedLine {
  readonly line: number;
  readonly spaceCode: string;
  readonly amount: string;
  readonly receiptNo: number;
}

export interface Handover {
  readonly id: string;
  readonly attendant_id: string;
  readonly business_date: string;
  readonly lines: readonly PostedLine[];
  readonly collected: string;
  readonly cash_handed: string;
  readonly variance: string;
  readonly variance_reason: string | null;
  readonly attendantName: string | null;
}

const COLUMNS = 'id,attendant_id,business_date,lines,collected::text,cash_handed::text,variance::text,variance_reason';

export async function submitHandover(projectId: string, day: string, lines: readonly HandoverLine[], cashHanded: string, varianceReason: string): Promise<void> {
  await rowsOf(db.rpc('submit_parking_handover', {
    p_project_id: projectId, p_day: day, p_lines: lines, p_cash_handed: cashHanded, p_variance_reason: varianceReason || null,
  }));
}

/** A page of the project's handovers, latest day first. */
export async function listHandovers(projectId: string, page: number, pageSize: number): Promise<{ rows: Handover[]; total: number }> {
  const from = (page - 1) * pageSize;
  const listed = await pageOf<Omit<Handover, 'attendantName'>>(db.from('parking_handovers').select(COLUMNS, { count: 'exact' })
    .eq('project_id', projectId).order('business_date', { ascending: false }).order('created_at', { ascending: false }).range(from, from + pageSize - 1));
  const names = await staffNames(listed.rows.map((r) => r.attendant_id));
  return { rows: listed.rows.map((r) => ({ ...r, attendantName: names.get(r.attendant_id) ?? null })), total: listed.total };
}
