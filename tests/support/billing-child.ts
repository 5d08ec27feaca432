// A billing run executed in a process of its own, as Supabase's edge runtime runs the function apart from the
// API: used by the kill-and-resume test (slowed between chunks, then SIGKILLed) and by the billing benchmark.
// Reads FEEGRID_API_URL, FEEGRID_SERVICE_KEY, FEEGRID_RUN (the started run as JSON), FEEGRID_AS_OF,
// FEEGRID_CHUNK_UNITS (optional) and FEEGRID_WRITE_DELAY_MS (optional); prints the finished run and the
// seconds it took as JSON.
import { createClient } from '@supabase/supabase-js';
import { executeRun, type RunRow } from '../../supabase/functions/billing-run/execute.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// A delay before each chunk's write leaves a test time to kill the process between chunks.
const delay = Number(process.env.FEEGRID_WRITE_DELAY_MS ?? 0);
const slowFetch: typeof fetch = async (input, init) => {
  if (delay > 0 && String(input).includes('/rpc/write_billing_chunk')) await new Promise((r) => setTimeout(r, delay));
  return fetch(input, init);
};

const db = createClient(env('FEEGRID_API_URL'), env('FEEGRID_SERVICE_KEY'), {
  auth: { persistSession: false, autoRefreshToken: false },
  global: { fetch: slowFetch },
});
const chunkUnits = process.env.FEEGRID_CHUNK_UNITS ? Number(process.env.FEEGRID_CHUNK_UNITS) : undefined;
const started = performance.now();
const run = await executeRun(db, JSON.parse(env('FEEGRID_RUN')) as RunRow, { asOf: env('FEEGRID_AS_OF'), ...(chunkUnits ? { chunkUnits } : {}) });
process.stdout.write(`${JSON.stringify({ run, seconds: (performance.now() - started) / 1000 })}\n`);
