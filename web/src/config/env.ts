export interface SupabaseEnv {
  readonly url: string;
  readonly anonKey: string;
}

export type EnvCheck = { readonly ok: true; readonly env: SupabaseEnv } | { readonly ok: false; readonly missing: string[] };

const URL_VAR = 'VITE_SUPABASE_URL';
const KEY_VAR = 'VITE_SUPABASE_ANON_KEY';

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Reads the two public settings the console needs (the anon key is public by design). */
export function readSupabaseEnv(source: Readonly<Record<string, unknown>>): EnvCheck {
  const value = (name: string) => {
    const raw = source[name];
    return typeof raw === 'string' ? raw.trim() : '';
  };
  const url = value(URL_VAR);
  const anonKey = value(KEY_VAR);
  const missing = [...(isHttpUrl(url) ? [] : [URL_VAR]), ...(anonKey ? [] : [KEY_VAR])];
  return missing.length === 0 ? { ok: true, env: { url, anonKey } } : { ok: false, missing };
}
