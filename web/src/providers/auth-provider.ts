import type { AuthProvider } from '@refinedev/core';
import { t } from '../i18n/locale-store';
import { classifyLoginError } from './auth-errors';
import { describeDbError } from './postgrest-errors';
import { supabaseClient } from './supabase-client';

export interface Identity {
  readonly id: string;
  readonly email: string;
  /** Staff name when the company recorded one, else the email. */
  readonly name: string;
}

interface LoginParams {
  readonly email?: string;
  readonly password?: string;
}

export const authProvider: AuthProvider = {
  async login({ email = '', password = '' }: LoginParams) {
    const { error } = await supabaseClient.auth.signInWithPassword({ email, password });
    if (!error) return { success: true, redirectTo: '/' };
    const failure = classifyLoginError(error);
    const message = failure === 'other' ? error.message : t(`auth.${failure}`);
    // refine shows error.name as the notification title and error.message as its text.
    return { success: false, error: { name: t('auth.loginFailed'), message } };
  },

  async logout() {
    const { error } = await supabaseClient.auth.signOut();
    return error ? { success: false, error } : { success: true, redirectTo: '/login' };
  },

  async check() {
    const { data } = await supabaseClient.auth.getSession();
    return data.session ? { authenticated: true } : { authenticated: false, logout: true, redirectTo: '/login' };
  },

  async onError(error: unknown) {
    // Only a refused token ends the session; RLS refusals and conflicts are shown where they happen.
    return describeDbError(error).status === 401 ? { logout: true, redirectTo: '/login' } : {};
  },

  async getIdentity(): Promise<Identity | null> {
    const { data } = await supabaseClient.auth.getUser();
    const user = data.user;
    if (!user) return null;
    const email = user.email ?? '';
    const { data: staff } = await supabaseClient
      .from('staff')
      .select('full_name')
      .eq('user_id', user.id)
      .maybeSingle<{ full_name: string | null }>();
    return { id: user.id, email, name: staff?.full_name || email };
  },
};
