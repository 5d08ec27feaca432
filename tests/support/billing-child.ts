// A billing run executed in its own process, slowed between chunks, so a test can kill it halfway
// (SIGKILL: no cleanup runs) and check what it left. Reads FEEGRID_API_URL, FEEGRID_SERVICE_KEY, FEEGRID_RUN
// (the started run as JSON), FEEGRID_AS_OF and FEEGRID_CHUNK_UNITS.
import { createClient } from '@supabase/supabase-js';
import { executeRun, type RunRow } from '../../supabase/functions/billing-run/execute.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

// Each chunk's write waits a little first, leaving the test time to kill the process between chunks.
const slowFetch: typeof fetch = async (input, init) => {
  if (String(input).includes('/rpc/write_billing_chunk')) await new Promise((r) => setTimeout(r, 150));
  return fetch(input, init);
};

const db = createClient(env('FEEGRID_API_URL'), env('FEEGRID_SERVICE_KEY'), {
  auth: { persistSession: false, autoRefreshToken: false },
  global: { fetch: slowFetch },
});
await executeRun(db, JSON.parse(env('FEEGRID_RUN')) as RunRow, { asOf: env('FEEGRID_AS_OF'), chunkUnits: Number(env('FEEGRID_CHUNK_UNITS')) });
