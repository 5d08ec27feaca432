// Supabase's edge runtime entry for a function: its handler, with the variables the runtime provides. Locally
// the stack serves each handler.ts directly (stack/functions.ts).
import type { FunctionHandler } from '../../../stack/functions.ts';

declare const Deno: { serve(h: (req: Request) => Response | Promise<Response>): void; env: { get(name: string): string | undefined } };

const env = (name: string): string => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

export function serve(handler: FunctionHandler): void {
  Deno.serve((req) => handler(req, {
    SUPABASE_URL: env('SUPABASE_URL'),
    SUPABASE_ANON_KEY: env('SUPABASE_ANON_KEY'),
    SUPABASE_SERVICE_ROLE_KEY: env('SUPABASE_SERVICE_ROLE_KEY'),
    SUPABASE_DB_URL: env('SUPABASE_DB_URL'),
  }));
}
