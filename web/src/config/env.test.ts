import { describe, expect, it } from 'vitest';
import { readSupabaseEnv } from './env';

describe('readSupabaseEnv', () => {
  it('returns the url and anon key when both are set', () => {
    expect(
      readSupabaseEnv({ VITE_SUPABASE_URL: ' http://127.0.0.1:54321 ', VITE_SUPABASE_ANON_KEY: 'anon' }),
    ).toEqual({ ok: true, env: { url: 'http://127.0.0.1:54321', anonKey: 'anon' } });
  });

  it('lists every missing or unusable variable', () => {
    expect(readSupabaseEnv({})).toEqual({ ok: false, missing: ['VITE_SUPABASE_URL', 'VITE_SUPABASE_ANON_KEY'] });
    expect(readSupabaseEnv({ VITE_SUPABASE_URL: 'not a url', VITE_SUPABASE_ANON_KEY: 'anon' })).toEqual({
      ok: false,
      missing: ['VITE_SUPABASE_URL'],
    });
  });
});
