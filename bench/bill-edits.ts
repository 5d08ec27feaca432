// The bills grid's save: 10,000 changed bills as one batch through save_bill_edits (PostgREST, signed in as
// HQ admin, row versions checked, audited with a reason), next to a plain `update` of the same rows with the
// same values in the same database (same triggers), in one run.
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import type { Stack } from '../stack/stack.js';
import { authAdminApi, createDemoUsers } from '../seed/write/users.js';
import { DEMO_PASSWORD } from '../seed/demo-users.js';

export interface BillEditsBench {
  rows: number;
  batchSaveSeconds: number;
  rawUpdateSeconds: number;
  ratio: number;
}

const HQ_ADMIN = 'hq.admin@jinxiu.demo';

export async function benchBillEdits(stack: Stack, db: pg.Client, projectId: string, rows = 10_000): Promise<BillEditsBench> {
  await createDemoUsers(authAdminApi(stack.apiUrl, stack.serviceRoleKey), db);
  const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
  const signedIn = await client.auth.signInWithPassword({ email: HQ_ADMIN, password: DEMO_PASSWORD });
  if (signedIn.error) throw new Error(`signing in as ${HQ_ADMIN} failed: ${signedIn.error.message}`);

  // Two sets of draft bills of the same kind: one saved through the grid's RPC, the other updated plainly.
  const { rows: bills } = await db.query<{ id: string; row_version: string }>(
    `select id, row_version::text from bills where project_id = $1 and status = 'draft' and principal > 0 order by id limit $2`, [projectId, rows * 2]);
  if (bills.length < rows * 2) throw new Error(`only ${bills.length} draft bills to edit, ${rows * 2} needed`);
  const viaRpc = bills.slice(0, rows);
  const viaUpdate = bills.slice(rows).map((b) => b.id);

  let t = performance.now();
  const saved = await client.rpc('save_bill_edits', {
    p_edits: viaRpc.map((b) => ({ id: b.id, row_version: Number(b.row_version), changes: { discount: '0.01', due_date: '2026-10-20' } })),
    p_reason: 'bench: relief of one fen and a later due date',
  });
  const batchSaveSeconds = (performance.now() - t) / 1000;
  if (saved.error) throw new Error(`the batch save failed: ${saved.error.message}`);
  if ((saved.data as { updated: number }).updated !== rows) throw new Error(`the batch saved ${JSON.stringify(saved.data)}, not ${rows} bills`);

  t = performance.now();
  await db.query(`update bills set discount = 0.01, due_date = '2026-10-20' where id = any($1)`, [viaUpdate]);
  const rawUpdateSeconds = (performance.now() - t) / 1000;
  const round = (x: number) => Number(x.toFixed(2));
  return { rows, batchSaveSeconds: round(batchSaveSeconds), rawUpdateSeconds: round(rawUpdateSeconds), ratio: round(batchSaveSeconds / rawUpdateSeconds) };
}
