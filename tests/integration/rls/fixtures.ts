// Valid rows for every exposed table, built inside one project, so the matrix can insert, update and delete
// real rows. Parents (a building, a unit, an owner, …) are arranged once per project with the superuser.
import type pg from 'pg';

export type Where = 'own' | 'sibling' | 'foreign';

export interface Scope {
  companyId: string;
  projectId: string;
  buildingId: string;
  unitId: string;
  ownerId: string;
  feeItemId: string;
  meterId: string;
  billId: string;
  paymentId: string;
  /** The demo cashier of the own project: daily closes are theirs. */
  cashierId: string;
}

export type Row = Record<string, unknown>;

export interface TableFixture {
  table: string;
  key: 'id' | 'user_id';
  /** A fresh valid row in the scope; `actor` is the user who will insert it through the API. */
  newRow(scope: Scope, db: pg.Client, actor: string): Promise<Row>;
  /** A valid change to a row made by newRow. */
  patch: Row;
  /** Tables whose rows belong to a company rather than a project. */
  companyWide?: boolean;
}

// Test files run in parallel workers against one database: each worker numbers its rows in its own range.
let counter = (process.pid % 97) * 3000;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`;
/** Distinct dates for rows whose uniqueness includes a date. */
const uniqueDate = () => new Date(Date.UTC(1900, 0, 1) + (counter += 1) * 86_400_000).toISOString().slice(0, 10);

/** Inserts with the superuser (no RLS) and returns the key; used for parents and for rows to update/delete. */
export async function insertRow(db: pg.Client, table: string, row: Row, key = 'id'): Promise<string> {
  const cols = Object.keys(row);
  const list = cols.map((c) => `"${c}"`).join(', ');
  const { rows } = await db.query<{ key: string }>(
    `insert into public.${table} (${list}) select ${list} from jsonb_populate_record(null::public.${table}, $1) returning ${key}::text as key`,
    [JSON.stringify(row)],
  );
  return rows[0]!.key;
}

async function newAuthUser(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into auth.users (email, encrypted_password) values ($1, 'x') returning id::text`,
    [`fixture-${unique()}@test.local`],
  );
  return rows[0]!.id;
}

/** A colleague on the company's staff list: only they can be given a post. */
async function newStaffMember(db: pg.Client, companyId: string): Promise<string> {
  const userId = await newAuthUser(db);
  await db.query(`insert into public.staff (user_id, company_id, full_name) values ($1, $2, '测试同事')`, [userId, companyId]);
  return userId;
}

export async function arrangeScope(db: pg.Client, projectCode: string, cashierId: string): Promise<Scope> {
  const { rows } = await db.query<{ id: string; company_id: string }>('select id::text, company_id::text from projects where code = $1', [projectCode]);
  const project = rows[0];
  if (!project) throw new Error(`demo project ${projectCode} is missing: was the demo seed written?`);
  const p = { project_id: project.id };
  const buildingId = await insertRow(db, 'buildings', { ...p, code: `fx-${unique()}`, name: '测试楼' });
  const unitId = await insertRow(db, 'units', { ...p, building_id: buildingId, room_no: `FX-${unique()}`, area: '88.50' });
  const ownerId = await insertRow(db, 'owners', { ...p, name: '测试业主' });
  const feeItemId = await insertRow(db, 'fee_items', { ...p, code: `fx-${unique()}`, name_zh: '测试费', name_en: 'Test fee', category: 'other', cycle: 'month' });
  const meterId = await insertRow(db, 'meters', { ...p, unit_id: unitId, kind: 'water', serial: `FX-${unique()}` });
  const billId = await insertRow(db, 'bills', { ...p, unit_id: unitId, fee_item_id: feeItemId, period_start: '1999-01-01', period_end: '1999-01-31', principal: '100.00' });
  const paymentId = await insertRow(db, 'payments', { ...p, amount: '50.00', method: 'cash', idempotency_key: `fixture-${unique()}` });
  return { companyId: project.company_id, projectId: project.id, buildingId, unitId, ownerId, feeItemId, meterId, billId, paymentId, cashierId };
}

const inProject = (s: Scope) => ({ project_id: s.projectId });

export const FIXTURES: TableFixture[] = [
  // Renaming to the demo name: an allowed update leaves the demo company as it was.
  { table: 'companies', key: 'id', companyWide: true, patch: { name: '锦绣物业集团' },
    newRow: async () => ({ code: `tc-${unique()}`, name: '测试公司' }) },
  { table: 'projects', key: 'id', patch: { address: '测试地址' },
    newRow: async (s) => ({ company_id: s.companyId, code: `tp-${unique()}`, name: '测试项目' }) },
  { table: 'staff', key: 'user_id', companyWide: true, patch: { phone: '13800000000' },
    newRow: async (s, db) => ({ user_id: await newAuthUser(db), company_id: s.companyId, full_name: '测试员工' }) },
  { table: 'memberships', key: 'id', patch: { role: 'cashier' },
    newRow: async (s, db) => ({ user_id: await newStaffMember(db, s.companyId), company_id: s.companyId, project_id: s.projectId, role: 'agent' }) },
  { table: 'buildings', key: 'id', patch: { name: '改名楼' },
    newRow: async (s) => ({ ...inProject(s), code: `b-${unique()}`, name: '测试楼' }) },
  { table: 'units', key: 'id', patch: { note: '测试备注' },
    newRow: async (s) => ({ ...inProject(s), building_id: s.buildingId, room_no: `T-${unique()}`, area: '88.50' }) },
  { table: 'owners', key: 'id', patch: { note: '测试备注' },
    newRow: async (s) => ({ ...inProject(s), name: '测试业主' }) },
  { table: 'unit_ownerships', key: 'id', patch: { to_date: '2021-06-30' },
    newRow: async (s) => ({ ...inProject(s), unit_id: s.unitId, owner_id: s.ownerId, from_date: '2020-01-01', to_date: '2020-12-31' }) },
  { table: 'parking_spaces', key: 'id', patch: { zone: 'B区' },
    newRow: async (s) => ({ ...inProject(s), code: `P-${unique()}` }) },
  { table: 'meters', key: 'id', patch: { multiplier: '2.00' },
    newRow: async (s) => ({ ...inProject(s), unit_id: s.unitId, kind: 'water', serial: `M-${unique()}` }) },
  { table: 'meter_readings', key: 'id', patch: { reading: '11.500' },
    newRow: async (s) => ({ ...inProject(s), meter_id: s.meterId, read_on: uniqueDate(), reading: '10.000' }) },
  { table: 'fee_items', key: 'id', patch: { sort: 7 },
    newRow: async (s) => ({ ...inProject(s), code: `t-${unique()}`, name_zh: '测试费', name_en: 'Test', category: 'other', cycle: 'month' }) },
  { table: 'policies', key: 'id', patch: { note: '测试' },
    // Multiples of 10: a draft created meanwhile in the console (max version + 1) never races a fixture for its number.
    newRow: async (s) => ({ company_id: s.companyId, project_id: s.projectId, version: 1_000_000 + (counter += 1) * 10, document: {} }) },
  { table: 'billing_runs', key: 'id', patch: { error: '测试' },
    // Finished runs: a project has one active run at most.
    newRow: async (s) => { const d = uniqueDate(); return { ...inProject(s), period_start: d, period_end: d, status: 'succeeded' }; } },
  { table: 'explanation_templates', key: 'id', patch: { zh: '改模板' },
    newRow: async (s) => ({ ...inProject(s), id: `${(process.pid * 1_000_003 + (counter += 1)).toString(16).padStart(12, '0')}`, zh: '测试 {{x}}', en: 'Test {{x}}' }) },
  { table: 'bills', key: 'id', patch: { dunning_stage: 'first' },
    newRow: async (s) => { const d = uniqueDate(); return { ...inProject(s), unit_id: s.unitId, fee_item_id: s.feeItemId, period_start: d, period_end: d, principal: '100.00' }; } },
  { table: 'bill_adjustments', key: 'id', patch: { status: 'approved' },
    newRow: async (s) => ({ ...inProject(s), bill_id: s.billId, field: 'discount', new_value: '1.00', reason: '测试调整' }) },
  { table: 'payments', key: 'id', patch: { note: '改备注' },
    newRow: async (s) => ({ ...inProject(s), amount: '10.00', method: 'cash', idempotency_key: `test-${unique()}` }) },
  { table: 'payment_allocations', key: 'id', patch: { amount: '2.00' },
    newRow: async (s) => ({ ...inProject(s), payment_id: s.paymentId, bill_id: s.billId, amount: '1.00' }) },
  { table: 'prepaid_balances', key: 'id', patch: { balance: '5.00' },
    newRow: async (s, db) => ({ ...inProject(s), owner_id: await insertRow(db, 'owners', { ...inProject(s), name: '预存业主' }), balance: '0' }) },
  { table: 'receipts', key: 'id', patch: { status: 'void', void_reason: '测试作废' },
    newRow: async (s) => ({ ...inProject(s), payment_id: s.paymentId, amount: '50.00' }) },
  { table: 'daily_closes', key: 'id', patch: { deposit_ref: 'D-001' },
    newRow: async (s, _db, actor) => ({ ...inProject(s), cashier_id: actor, business_date: uniqueDate() }) },
  { table: 'dunning_actions', key: 'id', patch: { result: '已送达' },
    newRow: async (s) => ({ ...inProject(s), stage: 'first', channel: 'sms', scheduled_on: '2026-01-20' }) },
  { table: 'contact_logs', key: 'id', patch: { outcome: '改结果' },
    newRow: async (s) => ({ ...inProject(s), channel: 'phone', summary: '电话沟通' }) },
  { table: 'installment_plans', key: 'id', patch: { status: 'active' },
    newRow: async (s) => ({ ...inProject(s), owner_id: s.ownerId, total: '100.00', schedule: [{ due: '2030-01-31', amount: '100.00' }] }) },
  { table: 'outbox', key: 'id', patch: { attempts: 1 },
    newRow: async (s) => ({ ...inProject(s), channel: 'sms', recipient: '13800000000', payload: {}, dedupe_key: `k-${unique()}` }) },
  { table: 'audit_log', key: 'id', patch: { reason: '篡改' },
    newRow: async (s) => ({ project_id: s.projectId, company_id: s.companyId, table_name: 'units', action: 'insert' }) },
];

/**
 * A row to read, update or delete in the scope, made by the superuser (daily closes belong to the own
 * project's cashier). Companies and projects are the scope's own rows, except for delete attempts.
 */
export async function existingRow(db: pg.Client, f: TableFixture, scope: Scope, forDelete = false): Promise<string> {
  if (!forDelete && f.table === 'companies') return scope.companyId;
  if (!forDelete && f.table === 'projects') return scope.projectId;
  return insertRow(db, f.table, await f.newRow(scope, db, scope.cashierId), f.key);
}

export async function rowSnapshot(db: pg.Client, table: string, key: string, id: string): Promise<string | null> {
  const { rows } = await db.query<{ row: string }>(`select to_jsonb(t)::text as row from public.${table} t where ${key}::text = $1`, [id]);
  return rows[0]?.row ?? null;
}
