// Demo logins: auth users through the Supabase Auth admin API (the same call works against the local auth service
// and a hosted project), then their staff and memberships rows through the seed's pg connection. That connection
// is already open for the bulk load; it resolves company/project codes to ids and writes both rows in one
// transaction, without depending on PostgREST or its schema cache. Audit triggers fire normally here.
import type pg from 'pg';
import { GoTrueAdminApi } from '@supabase/supabase-js';
import { DEMO_USERS, type DemoUser } from '../demo-users.js';

export type UserAdminApi = Pick<GoTrueAdminApi, 'createUser'>;

/**
 * The Auth admin API of a Supabase project (local or hosted) for a service-role key. Built directly rather than
 * through createClient(): that also builds a realtime client, which refuses to start on Node 20 (no WebSocket).
 */
export function authAdminApi(apiUrl: string, serviceRoleKey: string): UserAdminApi {
  const url = `${apiUrl.replace(/\/+$/, '')}/auth/v1`;
  return new GoTrueAdminApi({ url, headers: { Authorization: `Bearer ${serviceRoleKey}`, apikey: serviceRoleKey } });
}

export interface DemoUsersResult {
  created: string[];
  /** Auth user existed already; staff/membership rows were still ensured. */
  existing: string[];
  /** Company or project not in the database (e.g. seeded with fewer projects). */
  skipped: { email: string; reason: string }[];
}

async function authUserId(db: pg.ClientBase, email: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('select id from auth.users where lower(email) = lower($1)', [email]);
  return rows[0]?.id;
}

export async function createDemoUsers(
  adminApi: UserAdminApi, db: pg.ClientBase, users: readonly DemoUser[] = DEMO_USERS,
): Promise<DemoUsersResult> {
  const result: DemoUsersResult = { created: [], existing: [], skipped: [] };
  const { rows: scopes } = await db.query<{ company: string; company_id: string; project: string | null; project_id: string | null }>(
    `select c.code as company, c.id as company_id, null as project, null::uuid as project_id from public.companies c
     union all
     select c.code, c.id, p.code, p.id from public.projects p join public.companies c on c.id = p.company_id`,
  );
  const scopeOf = (u: DemoUser) => scopes.find((s) => s.company === u.company && s.project === u.project);

  for (const u of users) {
    const scope = scopeOf(u);
    if (!scope) {
      result.skipped.push({ email: u.email, reason: `${u.company}/${u.project ?? '*'} is not seeded` });
      continue;
    }
    let userId = await authUserId(db, u.email);
    if (userId) {
      result.existing.push(u.email);
    } else {
      const { data, error } = await adminApi.createUser({
        email: u.email, password: u.password, email_confirm: true, user_metadata: { full_name: u.full_name },
      });
      if (error || !data.user) throw new Error(`creating auth user ${u.email} failed: ${error?.message ?? 'no user returned'}`);
      userId = data.user.id;
      result.created.push(u.email);
    }
    await db.query('begin');
    try {
      await db.query(
        'insert into public.staff (user_id, company_id, full_name, phone) values ($1, $2, $3, $4) on conflict (user_id) do nothing',
        [userId, scope.company_id, u.full_name, u.phone],
      );
      await db.query(
        'insert into public.memberships (user_id, company_id, project_id, role, department) values ($1, $2, $3, $4, $5) on conflict do nothing',
        [userId, scope.company_id, scope.project_id, u.role, u.department ?? null],
      );
      await db.query('commit');
    } catch (e) {
      await db.query('rollback');
      throw e;
    }
  }
  return result;
}
