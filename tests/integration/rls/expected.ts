// What each role's job needs, written from the issue and DESIGN.md — deliberately not derived from the
// migrations, so the matrix test compares two independent statements of the same rules.

export const ROLES = ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent'] as const;
export type Role = (typeof ROLES)[number];
export type Op = 'read' | 'insert' | 'update' | 'delete';
export const OPS: readonly Op[] = ['read', 'insert', 'update', 'delete'];

/** The demo login of each role (own company 锦绣 / own project 锦绣花园 jxhy). */
export const LOGINS: Record<Role, string> = {
  hq_admin: 'hq.admin@jinxiu.demo',
  hq_analyst: 'hq.analyst@jinxiu.demo',
  manager: 'manager@jxhy.demo',
  finance: 'finance@jxhy.demo',
  cashier: 'cashier@jxhy.demo',
  agent: 'agent@jxhy.demo',
};

/** Projects that play "own", "sibling" (same company) and "foreign" (other company). */
export const PROJECT_OF = { own: 'jxhy', sibling: 'chy', foreign: 'htya' } as const;

type Rights = Record<Op, readonly Role[]>;
const EVERYONE = ROLES;
const NOBODY: readonly Role[] = [];
// HQ's administrator can do whatever an office manager can, in every project of its company.
const office = (...roles: Role[]): readonly Role[] => [...roles, 'hq_admin'];
const records = (): Rights => ({ read: EVERYONE, insert: office('manager'), update: office('manager'), delete: office('manager') });

export const EXPECTED: Record<string, Rights> = {
  companies: { read: EVERYONE, insert: NOBODY, update: ['hq_admin'], delete: NOBODY },
  projects: { read: EVERYONE, insert: ['hq_admin'], update: ['hq_admin'], delete: NOBODY },
  staff: { read: EVERYONE, insert: ['hq_admin'], update: ['hq_admin'], delete: ['hq_admin'] },
  // Everyone reads their own memberships (tested separately); others' only HQ admin and the manager, who staffs
  // their own project with agents, cashiers and field staff (the fixture row is an agent's post).
  memberships: { read: office('manager'), insert: office('manager'), update: office('manager'), delete: office('manager') },
  buildings: records(),
  units: records(),
  parking_spaces: records(),
  meters: records(),
  owners: { read: EVERYONE, insert: office('manager', 'agent'), update: office('manager', 'agent'), delete: office('manager') },
  unit_ownerships: { read: EVERYONE, insert: office('manager', 'agent'), update: office('manager', 'agent'), delete: office('manager') },
  meter_readings: { read: EVERYONE, insert: office('manager', 'agent', 'cashier'), update: office('manager'), delete: office('manager') },
  // Rates are the office manager's: finance and cashiers never change them.
  fee_items: records(),
  policies: { read: EVERYONE, insert: office('manager'), update: office('manager'), delete: office('manager') },
  billing_runs: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  explanation_templates: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  // Bills come from billing runs; nobody deletes one.
  bills: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  bill_adjustments: { read: EVERYONE, insert: office('manager', 'finance'), update: NOBODY, delete: NOBODY },
  // Posted money is never updated or deleted, by anyone.
  // Payments, allocations, receipts and daily closes are written by the cashier RPCs only (post_payment …).
  payments: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  payment_allocations: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  prepaid_balances: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  receipts: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  // The fixture close belongs to the cashier: they edit their own open day; finance verifies any.
  daily_closes: { read: EVERYONE, insert: NOBODY, update: NOBODY, delete: NOBODY },
  dunning_actions: { read: EVERYONE, insert: office('manager', 'agent'), update: office('manager', 'agent'), delete: NOBODY },
  contact_logs: { read: EVERYONE, insert: office('agent', 'manager', 'cashier'), update: NOBODY, delete: NOBODY },
  installment_plans: { read: EVERYONE, insert: office('manager', 'agent'), update: office('manager', 'finance'), delete: NOBODY },
  outbox: { read: ['manager', 'agent', 'hq_admin', 'hq_analyst'], insert: NOBODY, update: NOBODY, delete: NOBODY },
  audit_log: { read: ['manager', 'finance', 'hq_admin', 'hq_analyst'], insert: NOBODY, update: NOBODY, delete: NOBODY },
};

const HQ: readonly Role[] = ['hq_admin', 'hq_analyst'];

/**
 * Whether `role` (a member of the own project / HQ of the own company) may run `op` on a row in `where`.
 * Another company is always out of reach; a sibling project only for HQ, or for company-wide tables.
 */
export function mayDo(table: string, role: Role, op: Op, where: 'own' | 'sibling' | 'foreign', companyWide: boolean): boolean {
  if (where === 'foreign') return false;
  if (where === 'sibling' && !companyWide && !HQ.includes(role)) return false;
  const rights = EXPECTED[table];
  if (!rights) throw new Error(`no expectation written for table ${table}`);
  return rights[op].includes(role);
}
