// 人员与岗位 against the real stack: an office manager creates a colleague's login through the real function and
// staffs their own project (agents, cashiers, field staff by department) — and nothing beyond it; HQ's
// administrator gives any post in the company. Each refusal is checked to have changed nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';

let db: pg.Client;
let manager: SupabaseClient;
let jxhy: string;
let chy: string;
const createdUsers: string[] = [];
const stamp = Date.now().toString(36);

beforeAll(async () => {
  db = await superuser();
  manager = await signedIn(LOGINS.manager);
  const ids = await db.query<{ code: string; id: string }>(`select code, id from projects where code in ('jxhy', 'chy')`);
  jxhy = ids.rows.find((r) => r.code === 'jxhy')!.id;
  chy = ids.rows.find((r) => r.code === 'chy')!.id;
});

afterAll(async () => {
  // The accounts made here go again (staff and posts with them), so other tests see the demo team as seeded.
  if (createdUsers.length > 0) await db.query(`delete from auth.users where id = any ($1::uuid[])`, [createdUsers]);
  await db?.end();
});

/** POST /functions/v1/staff-account as `client`. */
async function staffAccount(client: SupabaseClient, body: Record<string, unknown>): Promise<{ status: number; body: { userId?: string; temporaryPassword?: string; switchedOff?: boolean; code?: string; message?: string } }> {
  const { apiUrl, anonKey } = inject('stack');
  const token = (await client.auth.getSession()).data.session!.access_token;
  const res = await fetch(`${apiUrl}/functions/v1/staff-account`, {
    method: 'POST', headers: { apikey: anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const answer = await res.json() as { userId?: string; temporaryPassword?: string };
  if (answer.userId) createdUsers.push(answer.userId);
  return { status: res.status, body: answer };
}

const switchOff = (client: SupabaseClient, projectId: string, userId: string) => staffAccount(client, { action: 'switch-off', projectId, userId });
const postsOf = async (userId: string) => Number((await db.query(`select count(*) from memberships where user_id = $1`, [userId])).rows[0].count);
const accounts = async (email: string) => Number((await db.query(`select count(*) from auth.users where email = $1`, [email])).rows[0].count);

describe('a new colleague', () => {
  test('a manager makes a cleaner’s login: they sign in with the temporary password, see the project, and dispatch finds them', async () => {
    const email = `cleaner-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '周保洁', phone: '13905710099', role: 'engineer', department: 'cleaning' });
    expect(made.status).toBe(201);
    expect(made.body.temporaryPassword).toMatch(/^[a-zA-Z2-9]{12}$/);

    const cleaner = await signedIn(email, made.body.temporaryPassword);
    const { data: projects } = await cleaner.from('projects').select('code');
    expect((projects ?? []).map((p) => p.code)).toEqual(['jxhy']);

    const { data: dispatchable } = await manager.rpc('department_staff', { p_project_id: jxhy, p_department: 'cleaning' });
    expect(dispatchable).toContainEqual({ user_id: made.body.userId, full_name: '周保洁', phone: '13905710099' });
    const { data: team } = await manager.rpc('project_team', { p_project_id: jxhy });
    expect(team).toContainEqual(expect.objectContaining({ user_id: made.body.userId, email, role: 'engineer', department: 'cleaning', company_wide: false }));
  });

  test('a manager cannot make a manager, a cashier cannot make anyone, and field staff need a department: no account is left behind', async () => {
    const asManager = await staffAccount(manager, { projectId: jxhy, email: `boss-${stamp}@jxhy.demo`, fullName: '越权', role: 'manager' });
    expect(asManager.status).toBe(403);
    const cashier = await signedIn(LOGINS.cashier);
    const asCashier = await staffAccount(cashier, { projectId: jxhy, email: `agent-${stamp}@jxhy.demo`, fullName: '越权', role: 'agent' });
    expect(asCashier.status).toBe(403);
    const noDepartment = await staffAccount(manager, { projectId: jxhy, email: `fixer-${stamp}@jxhy.demo`, fullName: '无部门', role: 'engineer' });
    expect(noDepartment).toEqual({ status: 400, body: expect.objectContaining({ message: expect.stringMatching(/department/) }) });
    const sibling = await staffAccount(manager, { projectId: chy, email: `chy-${stamp}@jxhy.demo`, fullName: '别的项目', role: 'agent' });
    expect(sibling.status).toBe(403);
    for (const who of ['boss', 'agent', 'fixer', 'chy']) expect(await accounts(`${who}-${stamp}@jxhy.demo`)).toBe(0);
  });

  test('an email that already has a login is refused and changes nothing', async () => {
    const before = await db.query(`select count(*) from memberships`);
    const again = await staffAccount(manager, { projectId: jxhy, email: LOGINS.cashier, fullName: '重复', role: 'agent' });
    expect(again).toEqual({ status: 409, body: expect.objectContaining({ code: 'EMAIL_EXISTS' }) });
    expect((await db.query(`select count(*) from memberships`)).rows).toEqual(before.rows);
  });

  test('HQ’s administrator makes a finance login for a project', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const made = await staffAccount(hq, { projectId: chy, email: `finance-${stamp}@jinxiu.demo`, fullName: '吴会计', role: 'finance' });
    expect(made.status).toBe(201);
    const { rows } = await db.query(`select m.role, p.code from memberships m join projects p on p.id = m.project_id where m.user_id = $1`, [made.body.userId]);
    expect(rows).toEqual([{ role: 'finance', code: 'chy' }]);
  });
});

describe('a colleague who leaves', () => {

  test('the manager switches off a cashier’s login: they can no longer sign in, their posts go, their name stays', async () => {
    const email = `leaver-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '离职收银', role: 'cashier' });
    expect(made.status).toBe(201);
    await signedIn(email, made.body.temporaryPassword);
    expect(await switchOff(manager, jxhy, made.body.userId!)).toEqual({ status: 200, body: { userId: made.body.userId, switchedOff: true } });
    await expect(signedIn(email, made.body.temporaryPassword)).rejects.toThrow(/banned/i);
    expect(await postsOf(made.body.userId!)).toBe(0);
    expect((await db.query(`select full_name from staff where user_id = $1`, [made.body.userId])).rows).toEqual([{ full_name: '离职收银' }]);
  });

  test('a manager cannot switch off finance, someone with posts elsewhere, or themselves; a cashier no one', async () => {
    const finance = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [LOGINS.finance])).rows[0]!.id;
    const self = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [LOGINS.manager])).rows[0]!.id;
    expect((await switchOff(manager, jxhy, finance)).status).toBe(403);
    expect((await switchOff(manager, jxhy, self)).status).toBe(403);
    const both = await staffAccount(manager, { projectId: jxhy, email: `both-${stamp}@jxhy.demo`, fullName: '两边', role: 'agent' });
    const companyId = (await db.query(`select company_id from projects where id = $1`, [chy])).rows[0].company_id as string;
    await db.query(`insert into memberships (user_id, company_id, project_id, role) values ($1, $2, $3, 'agent')`, [both.body.userId, companyId, chy]);
    expect((await switchOff(manager, jxhy, both.body.userId!)).status).toBe(403);
    const cashier = await signedIn(LOGINS.cashier);
    expect((await switchOff(cashier, jxhy, both.body.userId!)).status).toBe(403);
    expect(await postsOf(both.body.userId!)).toBe(2);
    await signedIn(`both-${stamp}@jxhy.demo`, both.body.temporaryPassword);
    // HQ's administrator may
    expect((await switchOff(await signedIn(LOGINS.hq_admin), jxhy, both.body.userId!)).status).toBe(200);
    expect(await postsOf(both.body.userId!)).toBe(0);
  });
});

describe('a colleague who forgot their password, or comes back', () => {
  const idOf = async (email: string) => (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [email])).rows[0]!.id;
  const resetPassword = (client: SupabaseClient, userId: string) => staffAccount(client, { action: 'reset-password', projectId: jxhy, userId });
  const switchOn = (client: SupabaseClient, userId: string, post: Record<string, unknown>) => staffAccount(client, { action: 'switch-on', projectId: jxhy, userId, ...post });
  const switchedOff = async (client: SupabaseClient) => ((await client.rpc('switched_off_staff', { p_project_id: jxhy })).data as Array<{ user_id: string }>).map((s) => s.user_id);

  test('the manager gives a cashier who forgot their password a new temporary one: the old password and their sessions stop working', async () => {
    const email = `forgot-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '忘记密码', role: 'cashier' });
    const session = await signedIn(email, made.body.temporaryPassword);
    const reset = await resetPassword(manager, made.body.userId!);
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).toMatch(/^[a-zA-Z2-9]{12}$/);
    expect(reset.body.temporaryPassword).not.toBe(made.body.temporaryPassword);
    await expect(signedIn(email, made.body.temporaryPassword)).rejects.toThrow(/invalid/i);
    await signedIn(email, reset.body.temporaryPassword);
    expect((await session.auth.refreshSession()).error).not.toBeNull();
  });

  test('a manager cannot reset finance’s password, their own, or one with posts in another project; a cashier no one’s — each keeps working', async () => {
    const finance = await idOf(LOGINS.finance);
    expect((await resetPassword(manager, finance)).status).toBe(403);
    expect((await resetPassword(manager, await idOf(LOGINS.manager))).status).toBe(403);
    const cashier = await signedIn(LOGINS.cashier);
    expect((await resetPassword(cashier, await idOf(LOGINS.agent))).status).toBe(403);
    const both = await staffAccount(manager, { projectId: jxhy, email: `both-reset-${stamp}@jxhy.demo`, fullName: '两边', role: 'agent' });
    const companyId = (await db.query(`select company_id from projects where id = $1`, [chy])).rows[0].company_id as string;
    await db.query(`insert into memberships (user_id, company_id, project_id, role) values ($1, $2, $3, 'agent')`, [both.body.userId, companyId, chy]);
    expect((await resetPassword(manager, both.body.userId!)).status).toBe(403);
    for (const email of [LOGINS.finance, LOGINS.manager, LOGINS.agent]) await signedIn(email);
    await signedIn(`both-reset-${stamp}@jxhy.demo`, both.body.temporaryPassword);
    // HQ's administrator may
    const byHq = await resetPassword(await signedIn(LOGINS.hq_admin), both.body.userId!);
    expect(byHq.status).toBe(200);
    await signedIn(`both-reset-${stamp}@jxhy.demo`, byHq.body.temporaryPassword);
  });

  test('a cashier who left comes back as an agent: the login is switched back on with a new temporary password and the post', async () => {
    const email = `back-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '返聘', role: 'cashier' });
    const userId = made.body.userId!;
    expect((await switchOff(manager, jxhy, userId)).status).toBe(200);
    expect(await switchedOff(manager)).toContain(userId);

    const back = await switchOn(manager, userId, { role: 'agent' });
    expect(back.status).toBe(200);
    expect(back.body.temporaryPassword).toMatch(/^[a-zA-Z2-9]{12}$/);
    const agent = await signedIn(email, back.body.temporaryPassword);
    expect(((await agent.from('projects').select('code')).data ?? []).map((p) => p.code)).toEqual(['jxhy']);
    expect((await db.query(`select role, project_id from memberships where user_id = $1`, [userId])).rows).toEqual([{ role: 'agent', project_id: jxhy }]);
    await expect(signedIn(email, made.body.temporaryPassword)).rejects.toThrow(/invalid/i);
    expect(await switchedOff(manager)).not.toContain(userId);
  });

  test('switching on is refused for someone who still holds a post, someone off the staff list, a post the manager may not give, and to a cashier: the login stays off', async () => {
    const email = `still-off-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '仍停用', role: 'cashier' });
    const userId = made.body.userId!;
    await switchOff(manager, jxhy, userId);

    const agentId = await idOf(LOGINS.agent);
    const postsBefore = (await db.query(`select id, role from memberships where user_id = $1 order by id`, [agentId])).rows;
    expect((await switchOn(manager, agentId, { role: 'cashier' })).status).toBe(403);
    expect((await db.query(`select id, role from memberships where user_id = $1 order by id`, [agentId])).rows).toEqual(postsBefore);

    const { rows } = await db.query<{ id: string }>(`insert into auth.users (email, encrypted_password) values ($1, 'x') returning id::text`, [`stranger-on-${stamp}@jxhy.demo`]);
    createdUsers.push(rows[0]!.id);
    expect((await switchOn(manager, rows[0]!.id, { role: 'agent' })).status).toBe(403);

    expect((await switchOn(manager, userId, { role: 'manager' })).status).toBe(403);
    expect((await switchOn(manager, userId, { role: 'engineer' })).status).toBe(400); // field staff need a department
    expect((await switchOn(await signedIn(LOGINS.cashier), userId, { role: 'agent' })).status).toBe(403);
    expect(await switchedOff(await signedIn(LOGINS.agent))).toEqual([]);
    await expect(signedIn(email, made.body.temporaryPassword)).rejects.toThrow(/banned/i);
    expect(await postsOf(userId)).toBe(0);

    // HQ's administrator may give a finance post
    const byHq = await switchOn(await signedIn(LOGINS.hq_admin), userId, { role: 'finance' });
    expect(byHq.status).toBe(200);
    await signedIn(email, byHq.body.temporaryPassword);
  });
  test('switching on is only for a switched-off login: an active colleague who merely holds no post keeps their password', async () => {
    const email = `idle-${stamp}@jxhy.demo`;
    const made = await staffAccount(manager, { projectId: jxhy, email, fullName: '暂无岗位', role: 'cashier' });
    expect((await manager.from('memberships').delete().eq('user_id', made.body.userId!).select('id')).data).toHaveLength(1);
    expect((await switchOn(manager, made.body.userId!, { role: 'agent' })).status).toBe(403);
    await signedIn(email, made.body.temporaryPassword);
    expect(await postsOf(made.body.userId!)).toBe(0);
  });

  test('a switched-off colleague gets no post through 安排岗位 — only 恢复账号 brings them back — and is listed apart', async () => {
    const made = await staffAccount(manager, { projectId: jxhy, email: `apart-${stamp}@jxhy.demo`, fullName: '另列', role: 'cashier' });
    const userId = made.body.userId!;
    await switchOff(manager, jxhy, userId);
    const companyId = (await db.query(`select company_id from projects where id = $1`, [jxhy])).rows[0].company_id as string;
    const given = await manager.from('memberships').insert({ user_id: userId, company_id: companyId, project_id: jxhy, role: 'agent' });
    expect(given.error?.code).toBe('42501');
    expect(await postsOf(userId)).toBe(0);
    const staff = ((await manager.rpc('company_staff', { p_project_id: jxhy })).data as Array<{ user_id: string }>).map((c) => c.user_id);
    expect(staff).not.toContain(userId);
    expect(staff).toContain(await idOf(LOGINS.cashier));
    expect(await switchedOff(manager)).toContain(userId);
  });

  test('HQ’s administrator neither resets nor switches off someone who also holds a post in another company', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const email = `two-companies-${stamp}@jinxiu.demo`;
    const made = await staffAccount(hq, { projectId: jxhy, email, fullName: '两家公司', role: 'finance' });
    const { rows: [other] } = await db.query<{ company_id: string; id: string }>(
      `select p.company_id, p.id from projects p join companies c on c.id = p.company_id where c.code = 'huating' limit 1`);
    await db.query(`insert into memberships (user_id, company_id, project_id, role) values ($1, $2, $3, 'finance')`, [made.body.userId, other!.company_id, other!.id]);
    expect((await resetPassword(hq, made.body.userId!)).status).toBe(403);
    expect((await switchOff(hq, jxhy, made.body.userId!)).status).toBe(403);
    await signedIn(email, made.body.temporaryPassword);
    expect(await postsOf(made.body.userId!)).toBe(2);
  });
});

describe('company-wide posts', () => {
  test('HQ’s administrator opens an HQ analyst’s login: a post without a project that reaches every project; switched off and back on, it stays company-wide', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const email = `analyst-${stamp}@jinxiu.demo`;
    expect((await staffAccount(hq, { projectId: jxhy, email, fullName: '郑分析', role: 'hq_analyst' })).status).toBe(400);
    const made = await staffAccount(hq, { projectId: jxhy, email, fullName: '郑分析', role: 'hq_analyst', companyWide: true });
    expect(made.status).toBe(201);
    const userId = made.body.userId!;
    const postsNow = async () => (await db.query(`select role, project_id from memberships where user_id = $1`, [userId])).rows;
    expect(await postsNow()).toEqual([{ role: 'hq_analyst', project_id: null }]);
    const analyst = await signedIn(email, made.body.temporaryPassword);
    const { rows: companyProjects } = await db.query<{ code: string }>(
      `select p.code from projects p where p.company_id = (select company_id from projects where id = $1) order by p.code`, [jxhy]);
    expect(((await analyst.from('projects').select('code').order('code')).data ?? []).map((p) => p.code)).toEqual(companyProjects.map((p) => p.code));

    expect((await switchOff(hq, jxhy, userId)).status).toBe(200);
    expect((await staffAccount(hq, { action: 'switch-on', projectId: jxhy, userId, role: 'hq_analyst' })).status).toBe(400);
    const back = await staffAccount(hq, { action: 'switch-on', projectId: jxhy, userId, role: 'hq_analyst', companyWide: true });
    expect(back.status).toBe(200);
    expect(await postsNow()).toEqual([{ role: 'hq_analyst', project_id: null }]);
  });

  test('a manager gives no company-wide post, not even an office one: no account is left behind', async () => {
    const email = `everywhere-${stamp}@jxhy.demo`;
    expect((await staffAccount(manager, { projectId: jxhy, email, fullName: '全公司', role: 'agent', companyWide: true })).status).toBe(403);
    expect(await accounts(email)).toBe(0);
    const companyId = (await db.query(`select company_id from projects where id = $1`, [jxhy])).rows[0].company_id as string;
    const direct = await manager.from('memberships').insert({ user_id: (await db.query(`select id from auth.users where email = $1`, [LOGINS.agent])).rows[0].id, company_id: companyId, project_id: null, role: 'agent' });
    expect(direct.error?.code).toBe('42501');
  });

  test('a company keeps an HQ administrator: the last one’s post can be neither removed nor changed, through the API or by the database’s owner', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const own = await hq.from('memberships').delete().eq('role', 'hq_admin').select('id');
    expect(own.error?.message).toMatch(/last HQ administrator/);
    const { rows: [huating] } = await db.query<{ id: string }>(`select id from companies where code = 'huating'`);
    await expect(db.query(`delete from memberships where company_id = $1 and role = 'hq_admin'`, [huating!.id])).rejects.toThrow(/last HQ administrator/);
    await expect(db.query(`update memberships set role = 'hq_analyst' where company_id = $1 and role = 'hq_admin'`, [huating!.id])).rejects.toThrow(/last HQ administrator/);
    expect(Number((await db.query(`select count(*) from memberships where company_id = $1 and role = 'hq_admin'`, [huating!.id])).rows[0].count)).toBe(1);
    await signedIn(LOGINS.hq_admin);
  });
});

describe('posts in the project', () => {
  async function colleague(name: string): Promise<string> {
    const { rows } = await db.query<{ id: string }>(`insert into auth.users (email, encrypted_password) values ($1, 'x') returning id::text`, [`${name}-${stamp}@jxhy.demo`]);
    createdUsers.push(rows[0]!.id);
    return rows[0]!.id;
  }
  const onStaff = async (userId: string) =>
    db.query(`insert into staff (user_id, company_id, full_name) select $1, company_id, '同事' from projects where id = $2`, [userId, jxhy]);

  test('a manager gives a colleague on the staff list a post, changes it, and takes it away — but never a manager’s post', async () => {
    const userId = await colleague('colleague');
    await onStaff(userId);
    const companyId = (await db.query(`select company_id from projects where id = $1`, [jxhy])).rows[0].company_id as string;
    const added = await manager.from('memberships').insert({ user_id: userId, company_id: companyId, project_id: jxhy, role: 'agent' }).select('id').single();
    expect(added.error).toBeNull();
    const id = added.data!.id as string;

    const toCashier = await manager.from('memberships').update({ role: 'cashier' }).eq('id', id).select('role');
    expect(toCashier.data).toEqual([{ role: 'cashier' }]);
    const toManager = await manager.from('memberships').update({ role: 'manager' }).eq('id', id).select('role');
    expect(toManager.error).not.toBeNull();
    const toFieldStaff = await manager.from('memberships').update({ role: 'engineer', department: 'security' }).eq('id', id).select('role, department');
    expect(toFieldStaff.data).toEqual([{ role: 'engineer', department: 'security' }]);
    expect((await db.query(`select role, department from memberships where id = $1`, [id])).rows).toEqual([{ role: 'engineer', department: 'security' }]);

    const removed = await manager.from('memberships').delete().eq('id', id).select('id');
    expect(removed.data).toEqual([{ id }]);
  });

  test('nobody off the company’s staff list gets a post, and no post in another project', async () => {
    const stranger = await colleague('stranger');
    const companyId = (await db.query(`select company_id from projects where id = $1`, [jxhy])).rows[0].company_id as string;
    const refused = await manager.from('memberships').insert({ user_id: stranger, company_id: companyId, project_id: jxhy, role: 'agent' });
    expect(refused.error?.code).toBe('42501');
    await onStaff(stranger);
    const elsewhere = await manager.from('memberships').insert({ user_id: stranger, company_id: companyId, project_id: chy, role: 'agent' });
    expect(elsewhere.error?.code).toBe('42501');
    expect((await db.query(`select count(*) from memberships where user_id = $1`, [stranger])).rows[0].count).toBe('0');
  });

  test('the team list is the manager’s and HQ admin’s: an agent gets nothing', async () => {
    const agent = await signedIn(LOGINS.agent);
    const { data, error } = await agent.rpc('project_team', { p_project_id: jxhy });
    expect(error).toBeNull();
    expect(data).toEqual([]);
    const { data: team } = await manager.rpc('project_team', { p_project_id: jxhy });
    expect((team as Array<{ email: string; role: string }>).map((m) => `${m.role}:${m.email}`)).toEqual(expect.arrayContaining([
      `manager:${LOGINS.manager}`, `cashier:${LOGINS.cashier}`, `agent:${LOGINS.agent}`, `hq_admin:${LOGINS.hq_admin}`,
    ]));
  });
});
