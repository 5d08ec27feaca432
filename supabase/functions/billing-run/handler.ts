// POST /functions/v1/billing-run {projectId, periodStart, periodEnd, feeItems?, buildingIds?, asOf?, wait?}
// The caller's own JWT starts the run (start_billing_run checks the role and refuses a second active run of
// the project); the service role then executes it. Answers 202 with the run at once — the console follows
// its progress on billing_runs — or, with wait: true, 200 with the finished run.
import { createClient } from '@supabase/supabase-js';
import type { FunctionEnv } from '../../../stack/functions.js';
import { isIsoDate } from '../../../rules/dates.js';
import { executeRun, type RunRow } from './execute.js';
import { chinaToday, json, jsonBody, UUID } from '../_shared/http.js';


interface RunRequest {
  projectId: string;
  periodStart: string;
  periodEnd: string;
  feeItems: string[] | null;
  buildingIds: string[] | null;
  asOf: string;
  wait: boolean;
}

function parseRequest(body: unknown): RunRequest | string {
  if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b.projectId !== 'string' || !UUID.test(b.projectId)) return 'projectId must be a project id';
  for (const key of ['periodStart', 'periodEnd'] as const) if (!isIsoDate(b[key])) return `${key} must be a date YYYY-MM-DD`;
  if (b.asOf !== undefined && !isIsoDate(b.asOf)) return 'asOf must be a date YYYY-MM-DD';
  if (b.feeItems !== undefined && (!Array.isArray(b.feeItems) || !b.feeItems.every((c) => typeof c === 'string'))) return 'feeItems must be a list of fee item codes';
  if (b.buildingIds !== undefined && (!Array.isArray(b.buildingIds) || !b.buildingIds.every((id) => typeof id === 'string' && UUID.test(id)))) return 'buildingIds must be a list of building ids';
  return {
    projectId: b.projectId, periodStart: b.periodStart as string, periodEnd: b.periodEnd as string,
    feeItems: (b.feeItems as string[] | undefined)?.length ? (b.feeItems as string[]) : null,
    buildingIds: (b.buildingIds as string[] | undefined)?.length ? (b.buildingIds as string[]) : null,
    asOf: (b.asOf as string | undefined) ?? chinaToday(), wait: b.wait === true,
  };
}

// Postgres error codes start_billing_run raises, as HTTP statuses.
const STATUS: Record<string, number> = { '42501': 403, '55P03': 409, '22023': 400 };

export default async function handler(req: Request, env: FunctionEnv): Promise<Response> {
  if (req.method !== 'POST') return json(405, { code: 'METHOD', message: 'use POST' });
  const body = await jsonBody(req);
  if (body === undefined) return json(400, { code: 'BAD_REQUEST', message: 'the body must be JSON' });
  const request = parseRequest(body);
  if (typeof request === 'string') return json(400, { code: 'BAD_REQUEST', message: request });

  const options = { auth: { persistSession: false, autoRefreshToken: false } };
  const caller = createClient(env.SUPABASE_URL, env.SUPABASE_ANON_KEY, { ...options, global: { headers: { Authorization: req.headers.get('authorization') ?? '' } } });
  const started = await caller.rpc('start_billing_run', {
    p_project_id: request.projectId, p_period_start: request.periodStart, p_period_end: request.periodEnd,
    p_fee_items: request.feeItems, p_building_ids: request.buildingIds,
  });
  if (started.error) return json(STATUS[started.error.code] ?? 400, { code: started.error.code, message: started.error.message });

  const service = createClient(env.SUPABASE_URL, env.SUPABASE_SERVICE_ROLE_KEY, options);
  const work = executeRun(service, started.data as RunRow, { asOf: request.asOf });
  if (request.wait) return json(200, await work);
  // Failures are recorded on the run itself; nothing to report here.
  work.catch(() => undefined);
  return json(202, started.data);
}
