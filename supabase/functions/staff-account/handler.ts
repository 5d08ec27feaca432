// POST /functions/v1/staff-account — a colleague's login (the function alone holds the service role):
//  {projectId, email, fullName, phone?, role, department?, companyWide?}: a new colleague. The database first
//    says, with the caller's own token, whether the caller may give that post in that project, or company-wide
//    (may_give_post: a manager staffs agents, cashiers and field staff of their project; HQ's administrator
//    anything, HQ's own posts company-wide). Only then is the account made with a temporary password, put on the
//    company's staff list and given the post. If any step fails, the account is removed again, so nothing
//    half-made is left. Answers 201 {userId, temporaryPassword}.
//  {action: 'switch-off', projectId, userId}: a colleague who left (离职). may_switch_off asks the same way; then
//    the login is banned (signing in and refreshing stop) and their posts go; the staff row stays, so what they
//    recorded keeps their name. Answers 200 {userId, switchedOff: true}.
//  {action: 'reset-password', projectId, userId}: a colleague who forgot their password gets a new temporary
//    one (may_reset_password: whoever may switch the login off); their sessions end. Answers 200 {userId,
//    temporaryPassword}.
//  {action: 'switch-on', projectId, userId, role, department?, companyWide?}: a colleague who comes back (返聘),
//    switched off and on the staff list with no post (may_switch_on), gets the post, their login back and a new
//    temporary password. If giving the post fails, the login is switched off again. Answers 200 {userId,
//    temporaryPassword}.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { FunctionEnv } from '../../../stack/functions.js';
import { call } from '../_shared/call.js';
import { json, jsonBody, UUID } from '../_shared/http.js';

const ROLES = ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent', 'engineer'] as const;
const DEPARTMENTS = ['engineering', 'cleaning', 'security', 'greening', 'customer_service'] as const;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

interface PostRequest {
  role: (typeof ROLES)[number];
  department: (typeof DEPARTMENTS)[number] | null;
  /** Every project of the company (no project on the membership): HQ's roles always, others when they serve them all. */
  companyWide: boolean;
}

interface AccountRequest extends PostRequest {
  projectId: string;
  email: string;
  fullName: string;
  phone: string | null;
}

function parsePost(b: Record<string, unknown>): PostRequest | string {
  if (typeof b.role !== 'string' || !ROLES.includes(b.role as PostRequest['role'])) return `role must be one of ${ROLES.join(', ')}`;
  const department = b.department ?? null;
  if (department !== null && !DEPARTMENTS.includes(department as NonNullable<PostRequest['department']>)) return `department must be one of ${DEPARTMENTS.join(', ')}`;
  // As the table's check says: field staff have a department, nobody else does.
  if ((b.role === 'engineer') !== (department !== null)) return 'field staff (engineer) need a department, and only they have one';
  if (b.companyWide !== undefined && typeof b.companyWide !== 'boolean') return 'companyWide must be true or false';
  const companyWide = b.companyWide === true;
  if (b.role.startsWith('hq_') && !companyWide) return 'HQ posts are company-wide (companyWide: true)';
  return { role: b.role as PostRequest['role'], department: department as PostRequest['department'], companyWide };
}

function parseRequest(b: Record<string, unknown>): AccountRequest | string {
  if (typeof b.projectId !== 'string' || !UUID.test(b.projectId)) return 'projectId must be a project id';
  if (typeof b.email !== 'string' || !EMAIL.test(b.email.trim())) return 'email must be an email address';
  if (typeof b.fullName !== 'string' || b.fullName.trim() === '') return 'fullName must not be empty';
  if (b.phone !== undefined && b.phone !== null && typeof b.phone !== 'string') return 'phone must be text';
  const post = parsePost(b);
  if (typeof post === 'string') return post;
  const phone = typeof b.phone === 'string' && b.phone.trim() !== '' ? b.phone.trim() : null;
  return { projectId: b.projectId, email: b.email.trim().toLowerCase(), fullName: b.fullName.trim(), phone, ...post };
}

/** The membership row of a post: a company-wide one has no project. */
const membership = (userId: string, companyId: string, projectId: string, post: PostRequest) => ({
  user_id: userId, company_id: companyId, project_id: post.companyWide ? null : projectId, role: post.role, department: post.department,
});

/** The company a project belongs to (posts and staff rows are kept per company). */
async function companyOf(service: SupabaseClient, projectId: string): Promise<string> {
  const project = await call('read the project', service.from('projects').select('company_id').eq('id', projectId).single<{ company_id: string }>());
  return project.company_id;
}

/** The project and colleague an action on an existing login is about. */
interface Target { projectId: string; userId: string }

function parseTarget(b: Record<string, unknown>): Target | string {
  if (typeof b.projectId !== 'string' || !UUID.test(b.projectId)) return 'projectId must be a project id';
  if (typeof b.userId !== 'string' || !UUID.test(b.userId)) return 'userId must be a user id';
  return { projectId: b.projectId, userId: b.userId };
}

/** Twelve characters from an alphabet without look-alikes (0/O, 1/l/I), easy to read out over the phone. */
function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // Bytes past the last whole multiple of the alphabet are drawn again, so every character is equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < 12) {
    for (const b of crypto.getRandomValues(new Uint8Array(16))) if (b < limit && out.length < 12) out += alphabet[b % alphabet.length];
  }
  return out;
}

const OPTIONS = { auth: { persistSession: false, autoRefreshToken: false } };

export default async function handler(req: Request, env: FunctionEnv): Promise<Response> {
  if (req.method !== 'POST') return json(405, { code: 'METHOD', message: 'use POST' });
  const body = await jsonBody(req);
  const caller = createClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, { ...OPTIONS, global: { headers: { Authorization: req.headers.get('authorization') ?? '' } } });
  const service = createClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY, OPTIONS);
  if (typeof body !== 'object' || body === null) return json(400, { code: 'BAD_REQUEST', message: 'the body must be a JSON object' });
  const b = body as Record<string, unknown>;
  if (b.action === undefined) {
    const request = parseRequest(b);
    if (typeof request === 'string') return json(400, { code: 'BAD_REQUEST', message: request });
    return createColleague(request, caller, service);
  }
  const action = ACTIONS.get(b.action);
  if (!action) return json(400, { code: 'BAD_REQUEST', message: `action must be one of ${[...ACTIONS.keys()].join(', ')}` });
  const target = parseTarget(b);
  if (typeof target === 'string') return json(400, { code: 'BAD_REQUEST', message: target });
  return action(b, target, caller, service);
}

type Action = (body: Record<string, unknown>, target: Target, caller: SupabaseClient, service: SupabaseClient) => Promise<Response>;

const ACTIONS = new Map<unknown, Action>([['switch-off', switchOff], ['reset-password', resetPassword], ['switch-on', switchOn]]);

/** Asks the database, with the caller's token, whether they may; an answer to send back when not. */
async function refusal(question: PromiseLike<{ data: unknown; error: { code: string; message: string } | null }>, why: string): Promise<Response | null> {
  const allowed = await question;
  if (allowed.error) return json(400, { code: allowed.error.code, message: allowed.error.message });
  return allowed.data === true ? null : json(403, { code: '42501', message: why });
}

// About a hundred years: GoTrue bans for a duration, not for ever.
const FOR_GOOD = '876000h';

async function switchOff(_body: Record<string, unknown>, { projectId, userId }: Target, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const refused = await refusal(caller.rpc('may_switch_off', { p_project_id: projectId, p_user_id: userId }),
    'you may not switch off this login: it holds posts beyond your project\'s office posts, or it is your own');
  if (refused) return refused;
  const banned = await service.auth.admin.updateUserById(userId, { ban_duration: FOR_GOOD });
  if (banned.error) return json(400, { code: 'AUTH', message: banned.error.message });
  try {
    const companyId = await companyOf(service, projectId);
    await call('remove the posts', service.from('memberships').delete().eq('user_id', userId).eq('company_id', companyId));
  } catch (e) {
    // The login is already off; what is left is reported, and switching off again finishes it.
    return json(400, { code: 'POSTS_LEFT', message: e instanceof Error ? e.message : String(e) });
  }
  return json(200, { userId, switchedOff: true });
}

async function resetPassword(_body: Record<string, unknown>, { projectId, userId }: Target, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const refused = await refusal(caller.rpc('may_reset_password', { p_project_id: projectId, p_user_id: userId }),
    'you may not reset this password: the login holds posts beyond your project\'s office posts, or it is your own (change your own from your name)');
  if (refused) return refused;
  const password = temporaryPassword();
  const reset = await service.auth.admin.updateUserById(userId, { password });
  if (reset.error) return json(400, { code: 'AUTH', message: reset.error.message });
  return json(200, { userId, temporaryPassword: password });
}

async function switchOn(body: Record<string, unknown>, { projectId, userId }: Target, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const post = parsePost(body);
  if (typeof post === 'string') return json(400, { code: 'BAD_REQUEST', message: post });
  const refused = await refusal(caller.rpc('may_switch_on', { p_project_id: projectId, p_user_id: userId, p_role: post.role, p_company_wide: post.companyWide }),
    `you may not switch this login back on as ${post.role}: only someone on the company's staff with no post left, with a post you may give`);
  if (refused) return refused;
  const password = temporaryPassword();
  const back = await service.auth.admin.updateUserById(userId, { password, ban_duration: 'none' });
  if (back.error) return json(400, { code: 'AUTH', message: back.error.message });
  try {
    const companyId = await companyOf(service, projectId);
    await call('give the post', service.from('memberships').insert(membership(userId, companyId, projectId, post)));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const off = await service.auth.admin.updateUserById(userId, { ban_duration: FOR_GOOD });
    // Said plainly if the login could not be switched off again: it is on, without a post.
    const left = off.error ? `; the login could not be switched off again (${off.error.message}): switch it off from the list` : '';
    return json(400, { code: 'NOT_SWITCHED_ON', message: `${reason}${left}` });
  }
  return json(200, { userId, temporaryPassword: password });
}

async function createColleague(request: AccountRequest, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const refused = await refusal(caller.rpc('may_give_post', { p_project_id: request.projectId, p_role: request.role, p_company_wide: request.companyWide }),
    `you may not give the post ${request.role} ${request.companyWide ? 'company-wide' : 'in this project'}`);
  if (refused) return refused;

  const password = temporaryPassword();
  const created = await service.auth.admin.createUser({ email: request.email, password, email_confirm: true, user_metadata: { full_name: request.fullName } });
  if (created.error) {
    const taken = created.error.code === 'email_exists';
    return json(taken ? 409 : 400, { code: taken ? 'EMAIL_EXISTS' : 'AUTH', message: taken ? `${request.email} already has a login: add them from the staff list` : created.error.message });
  }
  const userId = created.data.user.id;
  try {
    const companyId = await companyOf(service, request.projectId);
    await call('add to the staff list', service.from('staff').insert({ user_id: userId, company_id: companyId, full_name: request.fullName, phone: request.phone }));
    await call('give the post', service.from('memberships').insert(membership(userId, companyId, request.projectId, request)));
  } catch (e) {
    await service.auth.admin.deleteUser(userId);
    return json(400, { code: 'NOT_CREATED', message: e instanceof Error ? e.message : String(e) });
  }
  return json(201, { userId, temporaryPassword: password });
}
