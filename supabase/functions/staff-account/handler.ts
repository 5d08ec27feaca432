// POST /functions/v1/staff-account — a colleague's login (the function alone holds the service role):
//  {projectId, email, fullName, phone?, role, department?}: a new colleague. The database first says, with the
//    caller's own token, whether the caller may give that post in that project (may_add_colleague: a manager
//    staffs agents, cashiers and field staff of their project; HQ's administrator anything). Only then is the
//    account made with a temporary password, put on the company's staff list and given the post. If any step
//    fails, the account is removed again, so nothing half-made is left. Answers 201 {userId, temporaryPassword}.
//  {action: 'switch-off', projectId, userId}: a colleague who left (离职). may_switch_off asks the same way; then
//    the login is banned (signing in and refreshing stop) and their posts go; the staff row stays, so what they
//    recorded keeps their name. Answers 200 {userId, switchedOff: true}.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { FunctionEnv } from '../../../stack/functions.js';
import { call } from '../_shared/call.js';
import { json, jsonBody, UUID } from '../_shared/http.js';

const ROLES = ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent', 'engineer'] as const;
const DEPARTMENTS = ['engineering', 'cleaning', 'security', 'greening', 'customer_service'] as const;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

interface AccountRequest {
  projectId: string;
  email: string;
  fullName: string;
  phone: string | null;
  role: (typeof ROLES)[number];
  department: (typeof DEPARTMENTS)[number] | null;
}

function parseRequest(body: unknown): AccountRequest | string {
  if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b.projectId !== 'string' || !UUID.test(b.projectId)) return 'projectId must be a project id';
  if (typeof b.email !== 'string' || !EMAIL.test(b.email.trim())) return 'email must be an email address';
  if (typeof b.fullName !== 'string' || b.fullName.trim() === '') return 'fullName must not be empty';
  if (b.phone !== undefined && b.phone !== null && typeof b.phone !== 'string') return 'phone must be text';
  if (!ROLES.includes(b.role as AccountRequest['role'])) return `role must be one of ${ROLES.join(', ')}`;
  const department = b.department ?? null;
  if (department !== null && !DEPARTMENTS.includes(department as NonNullable<AccountRequest['department']>)) return `department must be one of ${DEPARTMENTS.join(', ')}`;
  // As the table's check says: field staff have a department, nobody else does.
  if ((b.role === 'engineer') !== (department !== null)) return 'field staff (engineer) need a department, and only they have one';
  const phone = typeof b.phone === 'string' && b.phone.trim() !== '' ? b.phone.trim() : null;
  return {
    projectId: b.projectId, email: b.email.trim().toLowerCase(), fullName: b.fullName.trim(), phone,
    role: b.role as AccountRequest['role'], department: department as AccountRequest['department'],
  };
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
  if (typeof body === 'object' && body !== null && (body as { action?: unknown }).action === 'switch-off') return switchOff(body as Record<string, unknown>, caller, service);
  const request = parseRequest(body);
  if (typeof request === 'string') return json(400, { code: 'BAD_REQUEST', message: request });
  return createColleague(request, caller, service);
}

// About a hundred years: GoTrue bans for a duration, not for ever.
const FOR_GOOD = '876000h';

async function switchOff(body: Record<string, unknown>, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const { projectId, userId } = body;
  if (typeof projectId !== 'string' || !UUID.test(projectId)) return json(400, { code: 'BAD_REQUEST', message: 'projectId must be a project id' });
  if (typeof userId !== 'string' || !UUID.test(userId)) return json(400, { code: 'BAD_REQUEST', message: 'userId must be a user id' });
  const allowed = await caller.rpc('may_switch_off', { p_project_id: projectId, p_user_id: userId });
  if (allowed.error) return json(400, { code: allowed.error.code, message: allowed.error.message });
  if (allowed.data !== true) return json(403, { code: '42501', message: 'you may not switch off this login: it holds posts beyond your project\'s office posts, or it is your own' });
  const banned = await service.auth.admin.updateUserById(userId, { ban_duration: FOR_GOOD });
  if (banned.error) return json(400, { code: 'AUTH', message: banned.error.message });
  try {
    const company = await call('read the project', service.from('projects').select('company_id').eq('id', projectId).single<{ company_id: string }>());
    await call('remove the posts', service.from('memberships').delete().eq('user_id', userId).eq('company_id', company.company_id));
  } catch (e) {
    // The login is already off; what is left is reported, and switching off again finishes it.
    return json(400, { code: 'POSTS_LEFT', message: e instanceof Error ? e.message : String(e) });
  }
  return json(200, { userId, switchedOff: true });
}

async function createColleague(request: AccountRequest, caller: SupabaseClient, service: SupabaseClient): Promise<Response> {
  const allowed = await caller.rpc('may_add_colleague', { p_project_id: request.projectId, p_role: request.role });
  if (allowed.error) return json(400, { code: allowed.error.code, message: allowed.error.message });
  if (allowed.data !== true) return json(403, { code: '42501', message: `you may not give the post ${request.role} in this project` });

  const password = temporaryPassword();
  const created = await service.auth.admin.createUser({ email: request.email, password, email_confirm: true, user_metadata: { full_name: request.fullName } });
  if (created.error) {
    const taken = created.error.code === 'email_exists';
    return json(taken ? 409 : 400, { code: taken ? 'EMAIL_EXISTS' : 'AUTH', message: taken ? `${request.email} already has a login: add them from the staff list` : created.error.message });
  }
  const userId = created.data.user.id;
  try {
    const project = await call('read the project', service.from('projects').select('company_id').eq('id', request.projectId).single<{ company_id: string }>());
    await call('add to the staff list', service.from('staff').insert({ user_id: userId, company_id: project.company_id, full_name: request.fullName, phone: request.phone }));
    await call('give the post', service.from('memberships').insert({
      user_id: userId, company_id: project.company_id, project_id: request.projectId, role: request.role, department: request.department,
    }));
  } catch (e) {
    await service.auth.admin.deleteUser(userId);
    return json(400, { code: 'NOT_CREATED', message: e instanceof Error ? e.message : String(e) });
  }
  return json(201, { userId, temporaryPassword: password });
}
