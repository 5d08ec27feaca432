// Clients for tests: supabase-js as the browser uses it, signed in as a demo user, and a superuser pg client
// for arranging fixtures and checking what really changed.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo-users.js';
import './stack-info.js';

const nodeAuth = { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } as const;

export function anonClient(): SupabaseClient {
  const { apiUrl, anonKey } = inject('stack');
  return createClient(apiUrl, anonKey, { auth: nodeAuth });
}

export function serviceClient(): SupabaseClient {
  const { apiUrl, serviceRoleKey } = inject('stack');
  return createClient(apiUrl, serviceRoleKey, { auth: nodeAuth });
}

export async function signedIn(email: string, password = DEMO_PASSWORD): Promise<SupabaseClient> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

export async function superuser(): Promise<pg.Client> {
  const client = new pg.Client(inject('stack').dbUrl);
  await client.connect();
  return client;
}

/** Runs `work` on a superuser connection of its own, closed afterwards. */
export async function withSuperuser<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await superuser();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
