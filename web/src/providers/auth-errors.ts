/** What a failed sign-in should tell the person. */
export type LoginFailure = 'invalidCredentials' | 'banned' | 'network' | 'other';

interface AuthErrorLike {
  readonly name?: string;
  readonly status?: number;
  readonly code?: string;
  readonly message?: string;
}

export function classifyLoginError(error: AuthErrorLike): LoginFailure {
  // supabase-js reports unreachable servers as AuthRetryableFetchError (status 0 or 5xx).
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) return 'network';
  // A login switched off when its owner left (人员与岗位 › 停用账号).
  if (error.code === 'user_banned' || /user is banned/i.test(error.message ?? '')) return 'banned';
  if (error.code === 'invalid_credentials' || /invalid (login )?credentials|invalid_grant/i.test(error.message ?? '')) {
    return 'invalidCredentials';
  }
  return 'other';
}
