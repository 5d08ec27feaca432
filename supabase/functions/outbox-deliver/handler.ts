// POST /functions/v1/outbox-deliver {projectId?} — delivers due outbox messages (the scheduler calls it every
// minute for every project, with the service-role key; nobody else may).
import { createClient } from '@supabase/supabase-js';
import type { FunctionEnv } from '../../../stack/functions.js';
import { byServiceRole, json, jsonBody, UUID } from '../_shared/http.js';
import { deliverOutbox } from './execute.js';

export default async function handler(req: Request, env: FunctionEnv): Promise<Response> {
  if (req.method !== 'POST') return json(405, { code: 'METHOD', message: 'use POST' });
  if (!byServiceRole(req, env.SUPABASE_SERVICE_ROLE_KEY)) return json(403, { code: '42501', message: 'only the scheduler delivers the outbox' });
  const { projectId } = ((await jsonBody(req)) ?? {}) as { projectId?: unknown };
  if (projectId !== undefined && (typeof projectId !== 'string' || !UUID.test(projectId))) return json(400, { code: 'BAD_REQUEST', message: 'projectId must be a project id' });
  const service = createClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
  return json(200, await deliverOutbox(service, projectId === undefined ? {} : { projectId }));
}
