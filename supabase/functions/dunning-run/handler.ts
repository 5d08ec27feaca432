// POST /functions/v1/dunning-run {projectId?, asOf?}
// The daily dunning run. The scheduler calls it with the service-role key for every active project; a
// manager, agent or HQ admin may run it on demand for one project (may_run_dunning checks the caller's
// role). Answers 200 with each project's outcome; a project whose run failed reports its error.
import { createClient } from '@supabase/supabase-js';
import type { FunctionEnv } from '../../../stack/functions.js';
import { isIsoDate } from '../../../rules/dates.js';
import { byServiceRole, chinaToday, json, jsonBody, UUID } from '../_shared/http.js';
import { executeDunning } from './execute.js';

export default async function handler(req: Request, env: FunctionEnv): Promise<Response> {
  if (req.method !== 'POST') return json(405, { code: 'METHOD', message: 'use POST' });
  const body = (await jsonBody(req)) ?? {};
  if (typeof body !== 'object' || body === null) return json(400, { code: 'BAD_REQUEST', message: 'the body must be a JSON object' });
  const { projectId, asOf = chinaToday() } = body as { projectId?: unknown; asOf?: unknown };
  if (projectId !== undefined && (typeof projectId !== 'string' || !UUID.test(projectId))) return json(400, { code: 'BAD_REQUEST', message: 'projectId must be a project id' });
  if (!isIsoDate(asOf)) return json(400, { code: 'BAD_REQUEST', message: 'asOf must be a date YYYY-MM-DD' });

  const options = { auth: { persistSession: false, autoRefreshToken: false } };
  const service = createClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY, options);
  if (!byServiceRole(req, env.SUPABASE_SERVICE_ROLE_KEY)) {
    if (projectId === undefined) return json(400, { code: 'BAD_REQUEST', message: 'say which project to run' });
    const caller = createClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, { ...options, global: { headers: { Authorization: req.headers.get('authorization') ?? '' } } });
    const allowed = await caller.rpc('may_run_dunning', { p_project_id: projectId });
    if (allowed.error || allowed.data !== true) return json(403, { code: '42501', message: 'you may not run dunning for this project' });
  }
  let projects: string[];
  if (projectId !== undefined) {
    projects = [projectId];
  } else {
    const active = await service.from('projects').select('id').eq('active', true).order('id');
    if (active.error) return json(500, { code: 'READ', message: active.error.message });
    projects = (active.data as Array<{ id: string }>).map((p) => p.id);
  }
  const outcomes = [];
  // One project after another: the runs share the database with the office's daytime work.
  for (const id of projects) {
    outcomes.push(await executeDunning(service, id, asOf).catch((e: unknown) => ({ projectId: id, asOf, error: e instanceof Error ? e.message : String(e) })));
  }
  return json(200, outcomes);
}
