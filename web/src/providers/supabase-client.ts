import { createClient } from '@supabase/supabase-js';
import { readSupabaseEnv } from '../config/env';

const check = readSupabaseEnv(import.meta.env);
// main.tsx shows a configuration page instead of loading the app when this fails.
if (!check.ok) throw new Error(`FeeGrid is missing ${check.missing.join(', ')}`);

/** The browser's only door to the backend: anon key plus the signed-in user's JWT, enforced by RLS. */
export const supabaseClient = createClient(check.env.url, check.env.anonKey, {
  auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
});
