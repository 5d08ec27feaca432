// Public settings read by src/config/env.ts (values come from the environment at build/dev time).
interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
}
