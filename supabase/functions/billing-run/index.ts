// Supabase's edge runtime entry: the same handler, with the variables the runtime provides. Locally the stack
// serves handler.ts directly (stack/functions.ts).
import handler from './handler.ts';

declare const Deno: { serve(h: (req: Request) => Response | Promise<Response>): void; env: { get(name: string): string | undefined } };

const env = (name: string): string => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

Deno.serve((req) => handler(req, {
  SUPABASE_URL: env('SUPABASE_URL'),
  SUPABASE_ANON_KEY: env('SUPABASE_ANON_KEY'),
  SUPABASE_SERVICE_ROLE_KEY: env('SUPABASE_SERVICE_ROLE_KEY'),
  SUPABASE_DB_URL: env('SUPABASE_DB_URL'),
}));
