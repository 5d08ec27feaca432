/** What a failed sign-in should tell the person. */
export type LoginFailure = 'invalidCredentials' | 'network' | 'other';

interface AuthErrorLike {
  readonly name?: string;
  readonly status?: number;
  readonly code?: string;
  readonly message?: string;
}

export function classifyLoginError(error: AuthErrorLike): LoginFailure {
  // supabase-js reports unreachable servers as AuthRetryableFetchError (status 0 or 5xx).
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) return 'network';
  if (error.code === 'invalid_credentials' || /invalid (login )?credentials|invalid_grant/i.test(error.message ?? '')) {
    return 'invalidCredentials';
  }
  return 'other';
}
