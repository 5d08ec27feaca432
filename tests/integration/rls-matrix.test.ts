// Proof of isolation: every exposed table × every role (and anon) × select/insert/update/delete, through the
// real PostgREST with real JWTs from the local auth service, on rows of the own project, a sibling project of
// the same company, and a project of another company. Each cell checks what the database really did.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { anonClient, signedIn, superuser } from '../support/clients.js';
import { FIXTURES, arrangeScope, existingRow, rowSnapshot, type Scope, type Where } from './rls/fixtures.js';
import { LOGINS, OPS, PROJECT_OF, ROLES, mayDo, type Op, type Role } from './rls/expected.js';

const WHERE: readonly Where[] = ['own', 'sibling', 'foreign'];
type Actor = Role | 'anon';

let db: pg.Client;
const clients = new Map<Actor, SupabaseClient>();
const userIds = new Map<Actor, string>();
const scopes = new Map<Where, Scope>();

beforeAll(async () => {
  db = await superuser();
  for (const role of ROLES) {
    const client = await signedIn(LOGINS[role]);
    clients.set(role, client);
    const { data } = await client.auth.getUser();
    userIds.set(role, data.user!.id);
  }
  clients.set('anon', anonClient());
  userIds.set('anon', '00000000-0000-0000-0000-000000000000');
  for (const where of WHERE) scopes.set(where, await arrangeScope(db, PROJECT_OF[where], userIds.get('cashier')!));
});

afterAll(async () => {
  await db?.end();
});

/** Runs one command as the actor; true when the database did it. Checked against the rows themselves. */
async function attempt(actor: Actor, table: string, key: string, op: Op, where: Where): Promise<boolean> {
  const fixture = FIXTURES.find((f) => f.table === table)!;
  const scope = scopes.get(where)!;
  const client = clients.get(actor)!;
  switch (op) {
    case 'read': {
      const id = await existingRow(db, fixture, scope);
      const { data } = await client.from(table).select(key).eq(key, id);
      return (data ?? []).length === 1;
    }
    case 'insert': {
      const row = await fixture.newRow(scope, db, userIds.get(actor)!);
      const { error } = await client.from(table).insert(row);
      return error === null;
    }
    case 'update': {
      const id = await existingRow(db, fixture, scope);
      const before = await rowSnapshot(db, table, key, id);
      const { data, error } = await client.from(table).update(fixture.patch).eq(key, id).select(key);
      const done = error === null && (data ?? []).length === 1;
      // A refused update must leave the row exactly as it was.
      if (!done) expect(await rowSnapshot(db, table, key, id)).toBe(before);
      return done;
    }
    case 'delete': {
      const id = await existingRow(db, fixture, scope, true);
      await client.from(table).delete().eq(key, id);
      return (await rowSnapshot(db, table, key, id)) === null;
    }
  }
}

const ACTORS: readonly Actor[] = [...ROLES, 'anon'];

describe.each(FIXTURES.map((f) => [f.table, f] as const))('RLS %s', (table, fixture) => {
  test.each(ACTORS.flatMap((actor) => OPS.map((op) => [actor, op] as const)))('%s · %s', async (actor, op) => {
    const results = Object.fromEntries(await Promise.all(WHERE.map(async (w) => [w, await attempt(actor, table, fixture.key, op, w)] as const)));
    const expected = Object.fromEntries(
      WHERE.map((w) => [w, actor !== 'anon' && mayDo(table, actor, op, w, fixture.companyWide ?? false)] as const),
    );
    expect(results).toEqual(expected);
  });
});

describe('RLS special cases', () => {
  test('every user reads their own memberships, and only HQ admin and managers read others', async () => {
    for (const role of ROLES) {
      const { data, error } = await clients.get(role)!.from('memberships').select('user_id, role');
      expect(error).toBeNull();
      const mine = (data ?? []).filter((m) => m.user_id === userIds.get(role));
      expect(mine.map((m) => m.role)).toContain(role);
    }
  });

  test('staff may edit their own profile but not a colleague’s', async () => {
    const agent = clients.get('agent')!;
    const self = await agent.from('staff').update({ phone: '13911112222' }).eq('user_id', userIds.get('agent')!).select('phone');
    expect(self.data).toEqual([{ phone: '13911112222' }]);
    const other = await agent.from('staff').update({ phone: '13900000000' }).eq('user_id', userIds.get('cashier')!).select('phone');
    expect(other.data).toEqual([]);
  });

  test('daily closes are written only through the desk RPCs: a cashier submits their own day but cannot verify it', async () => {
    const scope = scopes.get('own')!;
    const cashier = clients.get('cashier')!;
    const direct = await cashier.from('daily_closes').insert({ project_id: scope.projectId, cashier_id: userIds.get('agent'), business_date: '2001-02-03' });
    expect(direct.error?.message).toMatch(/permission denied/);
    const submitted = await cashier.rpc('submit_daily_close', { p_project_id: scope.projectId, p_day: '2001-02-03', p_counted_cash: '0.00' });
    expect(submitted.error).toBeNull();
    expect(submitted.data.close).toMatchObject({ status: 'submitted', cashier_id: userIds.get('cashier') });
    const verified = await cashier.rpc('verify_daily_close', { p_close_id: submitted.data.close.id });
    expect(verified.error?.code).toBe('42501');
    expect(await rowSnapshot(db, 'daily_closes', 'id', submitted.data.close.id)).toContain('"status": "submitted"');
  });

  test('anon reads nothing from any table', async () => {
    const anon = clients.get('anon')!;
    for (const { table } of FIXTURES) {
      const { data } = await anon.from(table).select('*').limit(1);
      expect({ table, rows: data ?? [] }).toEqual({ table, rows: [] });
    }
  });

  test('no function the API exposes runs with its owner’s rights, and every privileged one has a fixed search_path', async () => {
    const { rows } = await db.query<{ fn: string; schema: string; definer: boolean; fixed: boolean }>(`
      select p.oid::regprocedure::text as fn, n.nspname as schema, p.prosecdef as definer,
             coalesce(exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%'), false) as fixed
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ('public', 'private') and p.prosecdef`);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.schema === 'public').map((r) => r.fn)).toEqual([]);
    expect(rows.filter((r) => !r.fixed).map((r) => r.fn)).toEqual([]);
  });

  test('the private schema is not reachable through the API', async () => {
    const { error } = await clients.get('hq_admin')!.schema('private').from('receipt_counters').select('*');
    expect(error?.message).toMatch(/schema/i);
    const rpc = await clients.get('hq_admin')!.rpc('my_project_ids');
    expect(rpc.error).not.toBeNull();
  });
});
